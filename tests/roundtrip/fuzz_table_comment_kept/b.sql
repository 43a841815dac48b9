-- Generated pair (issue 15): seed 10848, shrunk; it failed `rediff`.
CREATE DOMAIN "public"."item ty1" AS bigint;
CREATE FUNCTION "public"."f4"(x numeric) RETURNS bigint LANGUAGE sql IMMUTABLE RETURN ((x + 6))::bigint;
CREATE TABLE "public"."tab6" (
    "t id7" integer NOT NULL,
    "t c8" "public"."item ty1" DEFAULT ("public"."f4"(1))::"public"."item ty1" NOT NULL,
    CONSTRAINT "pk9" PRIMARY KEY ("t id7"),
    CONSTRAINT "ck10" CHECK (("t id7")::numeric < 1000.5)
);
COMMENT ON TABLE "public"."tab6" IS 'changed 32';
