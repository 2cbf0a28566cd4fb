-- What several server processes on one database share beyond their tables.
-- Rate-limit buckets need no durability: one lost in a crash starts full again, and no request
-- waits for the write-ahead log to take a token.
ALTER TABLE "rate_limit_buckets" SET UNLOGGED;
--> statement-breakpoint
-- Every change to API keys is announced, so each process forgets the keys it has cached
-- (a revoked key stops working at once everywhere, a new one is known at once everywhere).
CREATE OR REPLACE FUNCTION "wushe_announce_api_keys_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('wushe_api_keys', '');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "api_keys_changed"
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "api_keys"
FOR EACH STATEMENT EXECUTE FUNCTION "wushe_announce_api_keys_changed"();
