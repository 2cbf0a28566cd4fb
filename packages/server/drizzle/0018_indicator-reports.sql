CREATE TABLE "indicator_reports" (
	"division" text NOT NULL,
	"from_date" text NOT NULL,
	"to_date" text NOT NULL,
	"series" text NOT NULL,
	"body" text NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "indicator_reports_division_from_date_to_date_series_pk" PRIMARY KEY("division","from_date","to_date","series")
);
