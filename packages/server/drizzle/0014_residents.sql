CREATE TABLE "resident_codes" (
	"id" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"mobile" text NOT NULL,
	"code_hash" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"seq" bigserial NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resident_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"resident_id" text NOT NULL,
	"district_code" text NOT NULL,
	"api_key_id" text NOT NULL,
	"bound_origin" text,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "residents" (
	"id" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"mobile" text,
	"created_at" timestamp with time zone NOT NULL,
	"erased_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "needs" ALTER COLUMN "contact_name" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "needs" ALTER COLUMN "contact_mobile" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "needs" ADD COLUMN "contact_erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "volunteers" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "resident_sessions" ADD CONSTRAINT "resident_sessions_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residents" ADD CONSTRAINT "residents_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resident_codes_mobile_idx" ON "resident_codes" USING btree ("district_code","mobile","created_at");--> statement-breakpoint
CREATE INDEX "resident_sessions_resident_idx" ON "resident_sessions" USING btree ("resident_id");--> statement-breakpoint
CREATE UNIQUE INDEX "residents_mobile_per_district" ON "residents" USING btree ("district_code","mobile") WHERE mobile is not null;--> statement-breakpoint
CREATE INDEX "needs_contact_mobile_idx" ON "needs" USING btree ("district_code","contact_mobile");--> statement-breakpoint
CREATE INDEX "signups_mobile_idx" ON "signups" USING btree ("mobile");--> statement-breakpoint
CREATE INDEX "donations_donor_mobile_idx" ON "donations" USING btree ("district_code","donor_mobile");