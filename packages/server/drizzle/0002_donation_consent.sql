-- A donation records the version of the privacy notice its donor consented to (PIPL). Donations
-- stored before this have none.
ALTER TABLE "donations" ADD COLUMN "consent_version" text;
