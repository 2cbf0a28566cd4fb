ALTER TABLE "districts" ADD COLUMN "settings" jsonb;--> statement-breakpoint
ALTER TABLE "disbursements" ADD COLUMN "need_id" text;--> statement-breakpoint
ALTER TABLE "disbursements" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;