-- Generated pair (issue 15): seed 31918, shrunk; it failed `apply`.
CREATE SCHEMA "s1";
CREATE DOMAIN "s1"."ty3" AS numeric CHECK (VALUE IN (1, 2, 3, 4, 5));
CREATE TABLE "public"."tab12" (
    "id13" text NOT NULL,
    "c14" numeric DEFAULT CASE WHEN true THEN 1 ELSE 2 END NOT NULL,
    "c15" numeric,
    "c16" "s1"."ty3",
    CONSTRAINT "pk17" PRIMARY KEY ("id13"),
    CONSTRAINT "line_item uq18" UNIQUE ("c16")
);
GRANT SELECT ("c16") ON TABLE "public"."tab12" TO schemainspect_test_role;
CREATE TABLE "s1"."t tab26" (
    "id27" bigint NOT NULL,
    "c28" integer,
    "c29" "s1"."ty3",
    "c30" boolean NOT NULL,
    CONSTRAINT "pk33" PRIMARY KEY ("id27"),
    CONSTRAINT "ck34" CHECK ("c29" NOT IN (-1, -2)),
    CONSTRAINT "select ck35" CHECK ("c29" IN (1, 2, 3, 4, 5))
) PARTITION BY RANGE ("id27");
CREATE TABLE "s1"."part31" PARTITION OF "s1"."t tab26" FOR VALUES FROM (MINVALUE) TO (2);
CREATE TABLE "s1"."Order part32" PARTITION OF "s1"."t tab26" FOR VALUES FROM (2) TO (MAXVALUE);
COMMENT ON COLUMN "s1"."t tab26"."c29" IS 'a column''s comment';
ALTER TABLE "s1"."t tab26" ADD CONSTRAINT "fk36" FOREIGN KEY ("c29") REFERENCES "public"."tab12" ("c16");
