-- Generated pair (issue 15): seed 24, shrunk; it failed `dump`.
CREATE TABLE "public"."tab4" (
    "user id5" integer NOT NULL,
    "x-y c6" numeric GENERATED ALWAYS AS ((("user id5")::bigint + 1)) STORED NOT NULL,
    "c8" text[] DEFAULT '{a,"b c"}'::text[],
    "c9" bigint NOT NULL,
    CONSTRAINT "q""x pk10" PRIMARY KEY ("user id5"),
    CONSTRAINT "uq11" UNIQUE ("c9"),
    CONSTRAINT "ck12" CHECK ("c8" <> '{}'::text[]),
    CONSTRAINT "ck13" CHECK (("user id5")::numeric < 1000.5)
);
COMMENT ON COLUMN "public"."tab4"."c8" IS 'a column''s comment';
CREATE TABLE "public"."tab15" (
    "id16" bigint NOT NULL,
    "Größe c17" numeric GENERATED ALWAYS AS ((("id16")::bigint + 1)) STORED,
    CONSTRAINT "ck18" CHECK (CASE WHEN "id16" > 100 THEN false ELSE true END),
    CONSTRAINT "ck19" CHECK ("id16" BETWEEN 0 AND 100)
) INHERITS ("public"."tab4");
GRANT SELECT, INSERT ON TABLE "public"."tab15" TO schemainspect_test_role;
