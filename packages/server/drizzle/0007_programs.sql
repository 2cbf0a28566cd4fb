ALTER TABLE "activities" ADD COLUMN "status" text DEFAULT 'scheduled' NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "cancel_reason" text;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "community_code" text;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "previous_version_id" text;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "replaced_by_id" text;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_community_code_communities_code_fk" FOREIGN KEY ("community_code") REFERENCES "public"."communities"("code") ON DELETE no action ON UPDATE no action;