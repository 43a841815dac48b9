-- Generated pair (issue 15): seed 5763, shrunk; it failed `apply`.
CREATE DOMAIN "public"."ty1" AS integer;
COMMENT ON DOMAIN "public"."ty1" IS 'about 1: it''s "quoted"';
CREATE FUNCTION "public"."f3"(x integer) RETURNS bigint LANGUAGE sql IMMUTABLE RETURN ((x + 8))::bigint;
CREATE TABLE "public"."line_item tab4" (
    "id5" text NOT NULL,
    "c6" text DEFAULT 'a' || 'b',
    "c7" integer[] NOT NULL,
    "item c8" "public"."ty1" DEFAULT ("public"."f3"(1))::"public"."ty1" NOT NULL,
    CONSTRAINT "ck9" CHECK (upper(("c6")::text) <> 'Q'),
    CONSTRAINT "ck10" CHECK (("item c8")::numeric < 1000.5)
);
COMMENT ON COLUMN "public"."line_item tab4"."c7" IS 'a column''s comment';
