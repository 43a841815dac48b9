-- Generated pair (issue 15): seed 309, shrunk; it failed `rediff`.
CREATE FUNCTION "public"."Größe f2"(x integer) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT ((x + 6))::numeric $$;
CREATE TABLE "public"."tab17" (
    "id18" bigint NOT NULL,
    "c21" numeric GENERATED ALWAYS AS ("public"."Größe f2"(("id18")::integer)) STORED NOT NULL,
    CONSTRAINT "select pk22" PRIMARY KEY ("id18")
);
COMMENT ON COLUMN "public"."tab17"."c21" IS 'a column''s comment';
