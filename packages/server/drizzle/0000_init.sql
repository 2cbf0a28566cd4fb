CREATE TABLE "api_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"kind" text NOT NULL,
	"key_hash" text NOT NULL,
	"display_prefix" text NOT NULL,
	"allowed_origins" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_keys_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"api_key_id" text NOT NULL,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"request_id" text NOT NULL,
	"detail" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "communities" (
	"code" text PRIMARY KEY NOT NULL,
	"street_code" text NOT NULL,
	"district_code" text NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "districts" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"volunteer_code_prefix" text NOT NULL,
	"offline_account" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"type" text NOT NULL,
	"community_code" text,
	"street_code" text,
	"fund_id" text,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"api_key_id" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"response_status" integer NOT NULL,
	"response_body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_api_key_id_key_pk" PRIMARY KEY("api_key_id","key")
);
--> statement-breakpoint
CREATE TABLE "streets" (
	"code" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" text PRIMARY KEY NOT NULL,
	"need_id" text NOT NULL,
	"claimant_type" text NOT NULL,
	"claimant_name" text NOT NULL,
	"claimant_mobile" text NOT NULL,
	"note" text,
	"consent_version" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "needs" (
	"id" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"street_code" text NOT NULL,
	"community_code" text NOT NULL,
	"kind" text NOT NULL,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"value_fen" bigint,
	"anonymous" boolean NOT NULL,
	"contact_name" text NOT NULL,
	"contact_mobile" text NOT NULL,
	"consent_version" text NOT NULL,
	"status" text DEFAULT 'pending_review' NOT NULL,
	"reason" text,
	"report_count" integer DEFAULT 0 NOT NULL,
	"hidden" boolean DEFAULT false NOT NULL,
	"search_terms" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_at" timestamp with time zone,
	"fulfilled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" text PRIMARY KEY NOT NULL,
	"need_id" text NOT NULL,
	"reason" text NOT NULL,
	"note" text,
	"reporter_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"community_code" text NOT NULL,
	"organization_id" text,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"category" text NOT NULL,
	"location" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"signed_up" integer DEFAULT 0 NOT NULL,
	"waitlisted" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "activities_within_capacity" CHECK ("activities"."signed_up" >= 0 and "activities"."signed_up" <= "activities"."capacity")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"category" text,
	"registration" text NOT NULL,
	"credit_code" text,
	"street_code" text,
	"community_code" text,
	"description" text,
	"public_fundraising" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_records" (
	"id" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"volunteer_id" text NOT NULL,
	"activity_id" text,
	"need_id" text,
	"served_on" date NOT NULL,
	"minutes" integer NOT NULL,
	"half_hours" integer NOT NULL,
	"content" text NOT NULL,
	"note" text,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_records_minutes" CHECK ("service_records"."minutes" between 1 and 1440 and "service_records"."half_hours" >= 0)
);
--> statement-breakpoint
CREATE TABLE "signups" (
	"id" text PRIMARY KEY NOT NULL,
	"activity_id" text NOT NULL,
	"volunteer_id" text,
	"name" text NOT NULL,
	"mobile" text NOT NULL,
	"note" text,
	"consent_version" text NOT NULL,
	"status" text NOT NULL,
	"seq" bigserial NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "social_workers" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"name" text NOT NULL,
	"station" text,
	"certificate_level" text
);
--> statement-breakpoint
CREATE TABLE "timebank_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"transfer_id" text NOT NULL,
	"account" text NOT NULL,
	"half_hours" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteers" (
	"id" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"mobile" text NOT NULL,
	"id_number_cipher" text,
	"id_number_hash" text,
	"id_number_masked" text,
	"birth_date" date,
	"community_code" text NOT NULL,
	"skills" text[] NOT NULL,
	"service_areas" text[] NOT NULL,
	"availability" text[] NOT NULL,
	"guardian" jsonb,
	"consent_version" text NOT NULL,
	"consented_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteers_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "disbursements" (
	"id" text PRIMARY KEY NOT NULL,
	"fund_id" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"purpose" text NOT NULL,
	"recipient" text NOT NULL,
	"project_id" text,
	"paid_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "donations" (
	"id" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"fund_id" text NOT NULL,
	"need_id" text,
	"amount_fen" bigint NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"channel" text NOT NULL,
	"reference" text NOT NULL,
	"donor_name" text,
	"donor_mobile" text,
	"anonymous" boolean NOT NULL,
	"publish_name" boolean NOT NULL,
	"receipt" jsonb,
	"provider_reference" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "donations_reference_unique" UNIQUE("reference"),
	CONSTRAINT "donations_amount" CHECK ("donations"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "funds" (
	"id" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"street_code" text,
	"community_code" text,
	"mode" text NOT NULL,
	"target_fen" bigint NOT NULL,
	"raised_fen" bigint DEFAULT 0 NOT NULL,
	"donor_count" integer DEFAULT 0 NOT NULL,
	"disbursed_fen" bigint DEFAULT 0 NOT NULL,
	"disclosure" jsonb,
	"holder_organization_id" text,
	"open" boolean DEFAULT true NOT NULL,
	"platform_name" text,
	"platform_url" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funds_amounts" CHECK ("funds"."raised_fen" >= 0 and "funds"."disbursed_fen" >= 0 and "funds"."donor_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"organization_id" text NOT NULL,
	"need_id" text,
	"community_code" text,
	"budget_fen" bigint NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" text PRIMARY KEY NOT NULL,
	"survey_id" text NOT NULL,
	"subject_id" text NOT NULL,
	"respondent_hash" text NOT NULL,
	"answers" jsonb NOT NULL,
	"contact" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"subject_type" text NOT NULL,
	"questions" jsonb NOT NULL,
	"results_public" boolean NOT NULL,
	"open" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communities" ADD CONSTRAINT "communities_street_code_streets_code_fk" FOREIGN KEY ("street_code") REFERENCES "public"."streets"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communities" ADD CONSTRAINT "communities_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "streets" ADD CONSTRAINT "streets_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_street_code_streets_code_fk" FOREIGN KEY ("street_code") REFERENCES "public"."streets"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_community_code_communities_code_fk" FOREIGN KEY ("community_code") REFERENCES "public"."communities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_community_code_communities_code_fk" FOREIGN KEY ("community_code") REFERENCES "public"."communities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_records" ADD CONSTRAINT "service_records_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_records" ADD CONSTRAINT "service_records_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signups" ADD CONSTRAINT "signups_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signups" ADD CONSTRAINT "signups_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_workers" ADD CONSTRAINT "social_workers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_community_code_communities_code_fk" FOREIGN KEY ("community_code") REFERENCES "public"."communities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disbursements" ADD CONSTRAINT "disbursements_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "donations" ADD CONSTRAINT "donations_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds" ADD CONSTRAINT "funds_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funds" ADD CONSTRAINT "funds_holder_organization_id_organizations_id_fk" FOREIGN KEY ("holder_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_keys_district_idx" ON "api_keys" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "communities_street_idx" ON "communities" USING btree ("street_code");--> statement-breakpoint
CREATE INDEX "events_district_id_idx" ON "events" USING btree ("district_code","id");--> statement-breakpoint
CREATE INDEX "streets_district_idx" ON "streets" USING btree ("district_code");--> statement-breakpoint
CREATE UNIQUE INDEX "claims_one_active_per_need" ON "claims" USING btree ("need_id") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "needs_district_feed_idx" ON "needs" USING btree ("district_code","status","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "needs_community_feed_idx" ON "needs" USING btree ("community_code","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "needs_street_feed_idx" ON "needs" USING btree ("street_code","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "needs_search_idx" ON "needs" USING gin ("search_terms");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_one_per_reporter" ON "reports" USING btree ("need_id","reporter_hash");--> statement-breakpoint
CREATE INDEX "activities_community_idx" ON "activities" USING btree ("community_code","starts_at");--> statement-breakpoint
CREATE INDEX "activities_district_idx" ON "activities" USING btree ("district_code","starts_at");--> statement-breakpoint
CREATE INDEX "organizations_district_idx" ON "organizations" USING btree ("district_code","name");--> statement-breakpoint
CREATE INDEX "service_records_volunteer_idx" ON "service_records" USING btree ("volunteer_id","served_on");--> statement-breakpoint
CREATE UNIQUE INDEX "signups_one_per_mobile" ON "signups" USING btree ("activity_id","mobile");--> statement-breakpoint
CREATE INDEX "timebank_account_idx" ON "timebank_entries" USING btree ("account");--> statement-breakpoint
CREATE INDEX "timebank_transfer_idx" ON "timebank_entries" USING btree ("transfer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteers_mobile_per_district" ON "volunteers" USING btree ("district_code","mobile");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteers_id_number_per_district" ON "volunteers" USING btree ("district_code","id_number_hash") WHERE id_number_hash is not null;--> statement-breakpoint
CREATE INDEX "disbursements_fund_idx" ON "disbursements" USING btree ("fund_id","paid_at");--> statement-breakpoint
CREATE INDEX "donations_ledger_idx" ON "donations" USING btree ("fund_id","status","confirmed_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "funds_district_idx" ON "funds" USING btree ("district_code");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_one_per_subject" ON "survey_responses" USING btree ("survey_id","subject_id","respondent_hash");--> statement-breakpoint
CREATE INDEX "survey_responses_subject_idx" ON "survey_responses" USING btree ("survey_id","subject_id");