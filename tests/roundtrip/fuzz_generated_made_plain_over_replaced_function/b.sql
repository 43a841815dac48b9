-- Generated pair (issue 15): seed 5805, shrunk; it failed `apply`.
CREATE SCHEMA "s1";
CREATE FUNCTION "public"."Order f6"(x numeric) RETURNS numeric LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN (x + 8); END $$;
CREATE TABLE "s1"."select tab8" (
    "c10" numeric NOT NULL,
    "c11" numeric
);
COMMENT ON TABLE "s1"."select tab8" IS 'a table';
