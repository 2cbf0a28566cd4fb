ALTER TABLE "calls" ADD COLUMN "opens_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
UPDATE "calls" SET "opens_at" = "created_at";