-- Generated pair (issue 15): seed 1241, shrunk; it failed `warning`.
CREATE TYPE "public"."ty2" AS (a integer, b text);
CREATE FUNCTION "public"."f4"(x integer) RETURNS numeric LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN (x + 6); END $$;
CREATE TABLE "public"."tab5" (
    "id6" bigint NOT NULL,
    "c7" numeric GENERATED ALWAYS AS ("public"."f4"(("id6")::integer)) STORED,
    "c8" "public"."ty2",
    "c9" numeric GENERATED ALWAYS AS ((("id6")::bigint + 1)) STORED,
    CONSTRAINT "pk10" PRIMARY KEY ("id6"),
    CONSTRAINT "Größe ck11" CHECK (("c8").a > 0)
);
COMMENT ON TABLE "public"."tab5" IS 'a table';
