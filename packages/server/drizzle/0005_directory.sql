ALTER TABLE "social_workers" ALTER COLUMN "organization_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "social_workers" ADD COLUMN "district_code" text;--> statement-breakpoint
ALTER TABLE "social_workers" ADD COLUMN "street_code" text;--> statement-breakpoint
ALTER TABLE "social_workers" ADD COLUMN "community_code" text;--> statement-breakpoint
ALTER TABLE "social_workers" ADD COLUMN "account_id" text;--> statement-breakpoint
ALTER TABLE "social_workers" ADD COLUMN "active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "social_workers" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "social_workers" ADD COLUMN "updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "social_workers" ADD CONSTRAINT "social_workers_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_workers" ADD CONSTRAINT "social_workers_account_id_staff_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."staff_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_credit_code_idx" ON "organizations" USING btree ("district_code","credit_code");--> statement-breakpoint
CREATE INDEX "social_workers_district_idx" ON "social_workers" USING btree ("district_code","street_code");--> statement-breakpoint
CREATE UNIQUE INDEX "social_workers_account_idx" ON "social_workers" USING btree ("account_id");