-- Generated pair (issue 15): seed 737, shrunk; it failed `apply`.
CREATE FUNCTION "public"."f3"(x text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN (x || '5'); END $$;
COMMENT ON FUNCTION "public"."f3"(text) IS 'about 3: it''s "quoted"';
CREATE TABLE "public"."tab6" (
    "id7" integer NOT NULL,
    "select c8" character varying(20),
    CONSTRAINT "t pk9" PRIMARY KEY ("id7"),
    CONSTRAINT "ck10" CHECK ("public"."f3"(("select c8")::text) <> '')
);
CREATE TABLE "public"."tab21" (
    "id22" text NOT NULL,
    "line_item c24" text GENERATED ALWAYS AS ("public"."f3"(("id22")::text)) STORED,
    "c25" numeric,
    "c26" integer DEFAULT COALESCE(NULL::integer, 4)
) INHERITS ("public"."tab6");
ALTER TABLE "public"."tab21" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "pol29" ON "public"."tab21" USING (("id22")::text = ANY (ARRAY['v1', 'v2', 'v3']));
GRANT SELECT, INSERT ON TABLE "public"."tab21" TO schemainspect_test_role;
