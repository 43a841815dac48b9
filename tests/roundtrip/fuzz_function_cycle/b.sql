-- Generated pair (issue 15): seed 1241, shrunk; it failed `warning`.
CREATE TYPE "public"."ty2" AS (a integer, b text);
CREATE FUNCTION "public"."f4"(x integer) RETURNS bigint LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN (x + 6); END $$;
CREATE TABLE "public"."tab5" (
    "id6" bigint NOT NULL,
    "c7" numeric GENERATED ALWAYS AS ("public"."f4"(("id6")::integer)) STORED,
    "c9" numeric GENERATED ALWAYS AS ((("id6")::bigint + 1)) STORED,
    CONSTRAINT "pk10" PRIMARY KEY ("id6")
);
COMMENT ON TABLE "public"."tab5" IS 'a table';
