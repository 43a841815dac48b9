-- Generated pair (issue 15): seed 76, shrunk; it failed `apply`.
CREATE SCHEMA "a b s1";
COMMENT ON SCHEMA "a b s1" IS 'about 1: it''s "quoted"';
CREATE TABLE "public"."tab5" (
    "id6" integer NOT NULL,
    "c8" numeric NOT NULL,
    CONSTRAINT "pk9" PRIMARY KEY ("id6")
);
COMMENT ON TABLE "public"."tab5" IS 'a table';
CREATE TABLE "a b s1"."tab10" (
    "id11" text NOT NULL,
    "select c12" boolean NOT NULL
) INHERITS ("public"."tab5");
GRANT SELECT, INSERT ON TABLE "a b s1"."tab10" TO schemainspect_test_role;
