ALTER TABLE "communities" ADD COLUMN "kind" text;--> statement-breakpoint
ALTER TABLE "communities" ADD COLUMN "population" integer;--> statement-breakpoint
ALTER TABLE "streets" ADD COLUMN "kind" text;--> statement-breakpoint
ALTER TABLE "streets" ADD COLUMN "population" integer;