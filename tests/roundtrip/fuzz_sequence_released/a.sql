-- Generated pair (issue 15): seed 32, shrunk; it failed `apply`.
CREATE SEQUENCE "public"."seq4";
GRANT SELECT ON SEQUENCE "public"."seq4" TO schemainspect_test_role;
