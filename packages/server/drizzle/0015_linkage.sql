CREATE TABLE "project_updates" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"body" text NOT NULL,
	"account_id" text,
	"role" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_matches" (
	"id" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"need_id" text NOT NULL,
	"resource_id" text NOT NULL,
	"organization_id" text NOT NULL,
	"note" text,
	"account_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resources" (
	"id" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"organization_id" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"category" text NOT NULL,
	"target_groups" text[] NOT NULL,
	"community_codes" text[] NOT NULL,
	"street_codes" text[] NOT NULL,
	"capacity" text,
	"schedule" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone" text NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"search_terms" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_votes" (
	"call_id" text NOT NULL,
	"proposal_id" text NOT NULL,
	"respondent_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calls" (
	"id" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"division_code" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"budget_fen" bigint NOT NULL,
	"proposals_close_at" timestamp with time zone NOT NULL,
	"need_categories" text[] NOT NULL,
	"rubric" jsonb NOT NULL,
	"reviewer_weight" integer NOT NULL,
	"vote_weight" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "proposal_scores" (
	"proposal_id" text NOT NULL,
	"call_id" text NOT NULL,
	"account_id" text NOT NULL,
	"scores" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" text PRIMARY KEY NOT NULL,
	"call_id" text NOT NULL,
	"organization_id" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"community_codes" text[] NOT NULL,
	"street_codes" text[] NOT NULL,
	"need_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"budget_fen" bigint NOT NULL,
	"result" jsonb,
	"project_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "organization_id" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "community_codes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "street_codes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "need_ids" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "social_worker_ids" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "fund_id" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "last_reported_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "project_updates" ADD CONSTRAINT "project_updates_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_matches" ADD CONSTRAINT "need_matches_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_matches" ADD CONSTRAINT "need_matches_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_matches" ADD CONSTRAINT "need_matches_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_matches" ADD CONSTRAINT "need_matches_account_id_staff_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."staff_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_votes" ADD CONSTRAINT "call_votes_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_votes" ADD CONSTRAINT "call_votes_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_scores" ADD CONSTRAINT "proposal_scores_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_updates_project_idx" ON "project_updates" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "need_matches_one_per_resource" ON "need_matches" USING btree ("need_id","resource_id");--> statement-breakpoint
CREATE INDEX "need_matches_organization_idx" ON "need_matches" USING btree ("organization_id","need_id");--> statement-breakpoint
CREATE INDEX "resources_district_idx" ON "resources" USING btree ("district_code","status","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "resources_search_idx" ON "resources" USING gin ("search_terms");--> statement-breakpoint
CREATE UNIQUE INDEX "call_votes_one_per_respondent" ON "call_votes" USING btree ("call_id","respondent_hash");--> statement-breakpoint
CREATE INDEX "calls_district_idx" ON "calls" USING btree ("district_code","division_code","status");--> statement-breakpoint
CREATE UNIQUE INDEX "proposal_scores_one_per_reviewer" ON "proposal_scores" USING btree ("proposal_id","account_id");--> statement-breakpoint
CREATE INDEX "proposals_call_idx" ON "proposals" USING btree ("call_id","created_at");--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "projects_district_idx" ON "projects" USING btree ("district_code","status");--> statement-breakpoint
-- Projects stored before §11: the lifecycle's new names, and their one community and need as lists.
UPDATE "projects" SET
	"status" = CASE "status" WHEN 'planned' THEN 'approved' WHEN 'active' THEN 'in_progress' ELSE "status" END,
	"community_codes" = CASE WHEN "community_code" IS NULL THEN '{}'::text[] ELSE ARRAY["community_code"] END,
	"street_codes" = CASE WHEN "community_code" IS NULL THEN '{}'::text[] ELSE ARRAY[substr("community_code", 1, 9)] END,
	"need_ids" = CASE WHEN "need_id" IS NULL THEN '{}'::text[] ELSE ARRAY["need_id"] END,
	"last_reported_at" = "starts_on"::timestamptz;
