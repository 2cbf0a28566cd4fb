ALTER TABLE "staff_accounts" ADD COLUMN "totp_pending_secret" text;--> statement-breakpoint
ALTER TABLE "staff_accounts" ADD COLUMN "totp_last_step" bigint;--> statement-breakpoint
ALTER TABLE "staff_accounts" ADD COLUMN "invite_channel" text;--> statement-breakpoint
ALTER TABLE "staff_accounts" ADD COLUMN "invite_to" text;