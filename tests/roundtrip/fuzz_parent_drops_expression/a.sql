-- Generated pair (issue 15): seed 1166, shrunk; it failed `apply`.
CREATE TABLE "public"."tab6" (
    "Order id7" text NOT NULL,
    "Order c8" text GENERATED ALWAYS AS (lower(("Order id7")::text)) STORED,
    "select c9" integer[],
    CONSTRAINT "pk10" PRIMARY KEY ("Order id7"),
    CONSTRAINT "ck11" CHECK (cardinality("select c9") > 0),
    CONSTRAINT "ck12" CHECK (("Order id7")::text = ANY (ARRAY['v1', 'v2', 'v3']))
);
COMMENT ON COLUMN "public"."tab6"."select c9" IS 'a column''s comment';
COMMENT ON TABLE "public"."tab6" IS 'a table';
CREATE TABLE "public"."tab23" (
    "id24" integer NOT NULL,
    "c25" integer,
    "line_item c26" numeric GENERATED ALWAYS AS ((("id24")::bigint + 1)) STORED NOT NULL,
    CONSTRAINT "ck28" CHECK ("c25" > 0),
    CONSTRAINT "Order ck29" CHECK (CASE WHEN "id24" > 100 THEN false ELSE true END)
) INHERITS ("public"."tab6");
COMMENT ON TABLE "public"."tab23" IS 'a table';
GRANT SELECT, INSERT ON TABLE "public"."tab23" TO schemainspect_test_role;
