CREATE TABLE "follow_up_records" (
	"id" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"response_id" text NOT NULL,
	"outcome" text NOT NULL,
	"notes" text NOT NULL,
	"account_id" text,
	"api_key_id" text NOT NULL,
	"role" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_up_records_response_id_unique" UNIQUE("response_id")
);
--> statement-breakpoint
ALTER TABLE "follow_up_records" ADD CONSTRAINT "follow_up_records_response_id_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_responses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_records" ADD CONSTRAINT "follow_up_records_account_id_staff_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."staff_accounts"("id") ON DELETE no action ON UPDATE no action;