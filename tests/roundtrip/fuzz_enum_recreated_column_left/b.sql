-- Generated pair (issue 15): seed 613, shrunk; it failed `apply`.
CREATE TYPE "public"."ty2" AS ENUM ('l1', 'l2', 'l3', 'y11');
CREATE TABLE "public"."tab18" (
    "id19" text NOT NULL,
    "c20" text GENERATED ALWAYS AS (lower(("id19")::text)) STORED,
    "c21" integer[],
    "c33" "public"."ty2",
    CONSTRAINT "user pk24" PRIMARY KEY ("id19"),
    CONSTRAINT "ck26" CHECK (cardinality("c21") > 0)
);
ALTER TABLE "public"."tab18" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "pol27" ON "public"."tab18" USING (("c20")::text LIKE 'v%');
COMMENT ON COLUMN "public"."tab18"."c33" IS 'a column''s comment';
COMMENT ON TABLE "public"."tab18" IS 'a table';
