-- Generated pair (issue 15): seed 517, shrunk; it failed `apply`.
CREATE SCHEMA "a b s1";
CREATE TABLE "a b s1"."a b tab18" (
    "id19" integer NOT NULL,
    "x-y c20" integer,
    "c21" bigint,
    "c22" boolean,
    CONSTRAINT "pk23" PRIMARY KEY ("id19"),
    CONSTRAINT "uq24" UNIQUE ("x-y c20")
);
COMMENT ON COLUMN "a b s1"."a b tab18"."c21" IS 'a column''s comment';
ALTER TABLE "a b s1"."a b tab18" ADD CONSTRAINT "x-y fk29" FOREIGN KEY ("id19") REFERENCES "a b s1"."a b tab18" ("x-y c20");
