-- Generated pair (issue 15): seed 58622, shrunk; it failed `apply`.
CREATE TABLE "public"."t tab11" (
    "id12" text NOT NULL,
    "c14" text GENERATED ALWAYS AS (lower(("id12")::text)) STORED,
    "c16" boolean DEFAULT true,
    CONSTRAINT "pk17" PRIMARY KEY ("id12")
);
COMMENT ON TABLE "public"."t tab11" IS 'a table';
