-- Generated pair (issue 15): seed 737, shrunk; it failed `apply`.
CREATE TABLE "public"."tab6" (
    "id7" integer NOT NULL,
    "select c8" character varying(20),
    CONSTRAINT "t pk9" PRIMARY KEY ("id7")
);
CREATE TABLE "public"."tab21" (
    "id22" character varying(40) NOT NULL,
    "c25" numeric,
    "c26" integer DEFAULT COALESCE(NULL::integer, 4)
) INHERITS ("public"."tab6");
ALTER TABLE "public"."tab21" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "pol29" ON "public"."tab21" USING (("id22")::text = ANY (ARRAY['v1', 'v2', 'v3']));
GRANT SELECT, INSERT ON TABLE "public"."tab21" TO schemainspect_test_role;
