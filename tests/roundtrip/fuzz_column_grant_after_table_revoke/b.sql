-- Generated pair (issue 15): seed 13, shrunk; it failed `rediff`.
CREATE SCHEMA "s1";
CREATE DOMAIN "public"."ty2" AS text;
CREATE TABLE "s1"."q""x tab19" (
    "id20" text NOT NULL,
    "c21" text DEFAULT 'a' || 'b',
    "c22" "public"."ty2",
    CONSTRAINT "uq24" UNIQUE ("c21")
);
GRANT SELECT ("c22") ON TABLE "s1"."q""x tab19" TO schemainspect_test_role;
COMMENT ON TABLE "s1"."q""x tab19" IS 'a table';
GRANT SELECT ON TABLE "s1"."q""x tab19" TO schemainspect_test_role;
