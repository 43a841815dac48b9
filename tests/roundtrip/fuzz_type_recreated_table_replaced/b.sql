-- Generated pair (issue 15): seed 99, shrunk; it failed `apply`.
CREATE SCHEMA "s1";
CREATE DOMAIN "s1"."ty2" AS character varying(55);
CREATE TABLE "public"."tab6" (
    "id7" bigint NOT NULL,
    "c8" "s1"."ty2" DEFAULT (upper('x'))::"s1"."ty2",
    "c9" numeric GENERATED ALWAYS AS ((("id7")::bigint + 1)) STORED
) PARTITION BY RANGE ("id7");
CREATE TABLE "public"."a b part35" PARTITION OF "public"."tab6" FOR VALUES FROM (MINVALUE) TO (2);
CREATE TABLE "public"."part36" PARTITION OF "public"."tab6" FOR VALUES FROM (2) TO (MAXVALUE);
