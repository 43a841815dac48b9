-- Generated pair (issue 15): seed 5351, shrunk; it failed `apply`.
CREATE SCHEMA "s1";
COMMENT ON SCHEMA "s1" IS 'about 1: it''s "quoted"';
CREATE TYPE "public"."line_item ty2" AS ENUM ('x0', 'l1', 'l2', 'l3');
CREATE TABLE "public"."tab7" (
    "a b id8" integer NOT NULL,
    "c9" text DEFAULT upper('x') NOT NULL,
    "c10" "public"."line_item ty2",
    "c11" "public"."line_item ty2" NOT NULL,
    CONSTRAINT "ck12" CHECK ("a b id8" > 0)
);
GRANT SELECT, INSERT ON TABLE "public"."tab7" TO schemainspect_test_role;
CREATE TABLE "s1"."tab13" (
    "id14" text NOT NULL,
    "c15" "public"."line_item ty2",
    CONSTRAINT "t uq16" UNIQUE ("c15"),
    CONSTRAINT "item ck17" CHECK ("c15" IN ('l1', 'l2', 'l3', 'x0')),
    CONSTRAINT "ck18" CHECK ("c15" <> 'x0')
);
GRANT SELECT, INSERT ON TABLE "s1"."tab13" TO schemainspect_test_role;
ALTER TABLE "public"."tab7" ADD CONSTRAINT "fk26" FOREIGN KEY ("c10") REFERENCES "s1"."tab13" ("c15");
