-- Generated pair (issue 15): seed 340, shrunk; it failed `apply`.
CREATE TYPE "public"."ty1" AS ENUM ('l1', 'l2', 'l3');
CREATE FUNCTION "public"."f3"(x text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT ((x || '6'))::text $$;
CREATE TABLE "public"."tab18" (
    "line_item id19" text NOT NULL,
    "x-y c20" "public"."ty1",
    "c21" "public"."ty1" NOT NULL,
    "c22" text GENERATED ALWAYS AS ("public"."f3"(("line_item id19")::text)) STORED,
    CONSTRAINT "pk23" PRIMARY KEY ("line_item id19")
);
COMMENT ON TABLE "public"."tab18" IS 'a table';
