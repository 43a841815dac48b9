-- Generated pair (issue 15): seed 32574, shrunk; it failed `warning`.
CREATE FUNCTION "public"."f2"(x numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT ((x + 9))::numeric $$;
CREATE TABLE "public"."tab4" (
    "id5" integer NOT NULL,
    "c6" numeric,
    "user c7" numeric GENERATED ALWAYS AS ("public"."f2"(("id5")::integer)) STORED,
    CONSTRAINT "uq8" UNIQUE ("c6"),
    CONSTRAINT "ck9" CHECK (CASE WHEN "c6" > 100 THEN false ELSE true END)
);
GRANT SELECT, INSERT ON TABLE "public"."tab4" TO schemainspect_test_role;
CREATE TABLE "public"."tab10" (
    "id11" text NOT NULL,
    "a b c13" text GENERATED ALWAYS AS (lower(("id11")::text)) STORED NOT NULL
) INHERITS ("public"."tab4");
ALTER TABLE "public"."tab10" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "pol14" ON "public"."tab10" USING (upper(("id11")::text) <> 'Q');
