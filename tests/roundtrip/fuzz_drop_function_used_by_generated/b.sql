-- Generated pair (issue 15): seed 334, shrunk; it failed `apply`.
CREATE SCHEMA "s1";
CREATE FUNCTION "s1"."item f3"(x integer) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN ((x + 3))::numeric;
CREATE TABLE "public"."tab4" (
    "id5" text NOT NULL,
    "c6" date,
    "c8" numeric,
    "item c9" numeric GENERATED ALWAYS AS ("s1"."item f3"(("c8")::integer)) STORED,
    CONSTRAINT "pk10" PRIMARY KEY ("id5")
);
COMMENT ON TABLE "public"."tab4" IS 'a table';
