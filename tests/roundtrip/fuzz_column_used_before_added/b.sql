-- Generated pair (issue 15): seed 340, shrunk; it failed `apply`.
CREATE TYPE "public"."ty1" AS ENUM ('l1', 'l2', 'l3');
CREATE FUNCTION "public"."f3"(x text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT ((x || '6'))::text $$;
CREATE TABLE "public"."tab18" (
    "x-y c20" "public"."ty1",
    "c21" "public"."ty1" NOT NULL
);
COMMENT ON TABLE "public"."tab18" IS 'a table';
