-- Generated pair (issue 15): seed 32574, shrunk; it failed `warning`.
CREATE FUNCTION "public"."f2"(x numeric) RETURNS bigint LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN (x + 9); END $$;
CREATE TABLE "public"."tab4" (
    "id5" integer NOT NULL,
    "c6" numeric,
    "user c7" numeric GENERATED ALWAYS AS ("public"."f2"(("id5")::integer)) STORED,
    CONSTRAINT "uq8" UNIQUE ("c6"),
    CONSTRAINT "ck9" CHECK (CASE WHEN "c6" > 100 THEN false ELSE true END)
);
GRANT SELECT, INSERT ON TABLE "public"."tab4" TO schemainspect_test_role;
CREATE TABLE "public"."tab10" (
    "a b c13" text NOT NULL
) INHERITS ("public"."tab4");
