-- Generated pair (issue 15): seed 58622, shrunk; it failed `apply`.
CREATE TABLE "public"."t tab11" (
    "c14" text,
    "c16" boolean DEFAULT true,
    "q""x c23" text GENERATED ALWAYS AS (lower(("c14")::text)) STORED
);
COMMENT ON TABLE "public"."t tab11" IS 'a table';
