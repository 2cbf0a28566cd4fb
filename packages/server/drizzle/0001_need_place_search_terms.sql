-- Needs carry their place among their search terms (c:<community>, s:<street>), so a search
-- within a community or street is one indexed array containment. Backfill the needs stored before.
UPDATE "needs"
SET "search_terms" = "search_terms" || ARRAY['c:' || "community_code", 's:' || "street_code"]
WHERE NOT ("search_terms" @> ARRAY['c:' || "community_code"]);
