CREATE TABLE "points_accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"volunteer_id" text NOT NULL,
	"balance" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "points_accounts_volunteer_id_unique" UNIQUE("volunteer_id"),
	CONSTRAINT "points_accounts_not_negative" CHECK ("points_accounts"."balance" >= 0)
);
--> statement-breakpoint
CREATE TABLE "points_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"transfer_id" text NOT NULL,
	"account" text NOT NULL,
	"amount" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "points_lots" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"account" text NOT NULL,
	"transfer_id" text NOT NULL,
	"remaining" bigint NOT NULL,
	"expires_at" timestamp with time zone,
	CONSTRAINT "points_lots_not_negative" CHECK ("points_lots"."remaining" >= 0)
);
--> statement-breakpoint
CREATE TABLE "points_transfers" (
	"id" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"kind" text NOT NULL,
	"volunteer_id" text NOT NULL,
	"service_record_id" text,
	"redemption_id" text,
	"half_hours" integer,
	"year" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "redemptions" (
	"id" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"reward_id" text NOT NULL,
	"volunteer_id" text NOT NULL,
	"points" integer NOT NULL,
	"code_hash" text NOT NULL,
	"status" text DEFAULT 'issued' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"redeemed_at" timestamp with time zone,
	"redeemed_by" text
);
--> statement-breakpoint
CREATE TABLE "rewards" (
	"id" text PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"community_code" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"points_price" integer NOT NULL,
	"stock" integer NOT NULL,
	"provider_id" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone,
	CONSTRAINT "rewards_stock_not_negative" CHECK ("rewards"."stock" >= 0 and "rewards"."points_price" > 0)
);
--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "points_multiplier" real DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "points_accounts" ADD CONSTRAINT "points_accounts_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_accounts" ADD CONSTRAINT "points_accounts_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_entries" ADD CONSTRAINT "points_entries_transfer_id_points_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."points_transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_lots" ADD CONSTRAINT "points_lots_transfer_id_points_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."points_transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_reward_id_rewards_id_fk" FOREIGN KEY ("reward_id") REFERENCES "public"."rewards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rewards" ADD CONSTRAINT "rewards_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rewards" ADD CONSTRAINT "rewards_community_code_communities_code_fk" FOREIGN KEY ("community_code") REFERENCES "public"."communities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rewards" ADD CONSTRAINT "rewards_provider_id_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "points_entries_account_idx" ON "points_entries" USING btree ("account","created_at");--> statement-breakpoint
CREATE INDEX "points_entries_transfer_idx" ON "points_entries" USING btree ("transfer_id");--> statement-breakpoint
CREATE INDEX "points_lots_account_idx" ON "points_lots" USING btree ("account","expires_at");--> statement-breakpoint
CREATE INDEX "points_transfers_volunteer_idx" ON "points_transfers" USING btree ("volunteer_id","kind","year");--> statement-breakpoint
CREATE UNIQUE INDEX "redemptions_code_hash" ON "redemptions" USING btree ("code_hash");--> statement-breakpoint
CREATE INDEX "redemptions_volunteer_idx" ON "redemptions" USING btree ("volunteer_id","created_at");--> statement-breakpoint
CREATE INDEX "rewards_community_idx" ON "rewards" USING btree ("community_code","active");