CREATE TABLE "indicator_reports" (
	"district_code" text NOT NULL,
	"division" text NOT NULL,
	"from_date" text NOT NULL,
	"to_date" text NOT NULL,
	"series" text NOT NULL,
	"implicit" boolean NOT NULL,
	"body" "bytea" NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone NOT NULL,
	"claimed_until" timestamp with time zone,
	CONSTRAINT "indicator_reports_division_from_date_to_date_series_pk" PRIMARY KEY("division","from_date","to_date","series")
);
