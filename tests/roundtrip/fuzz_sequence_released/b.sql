-- Generated pair (issue 15): seed 32, shrunk; it failed `apply`.
CREATE SEQUENCE "public"."seq4";
COMMENT ON SEQUENCE "public"."seq4" IS 'changed 2';
GRANT SELECT ON SEQUENCE "public"."seq4" TO schemainspect_test_role;
CREATE TABLE "public"."tab5" (
    "id6" text NOT NULL,
    "c7" text[] DEFAULT '{a,"b c"}'::text[],
    "c8" integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    "c10" text[],
    CONSTRAINT "k25" PRIMARY KEY ("id6"),
    CONSTRAINT "k26" UNIQUE ("c8"),
    CONSTRAINT "Order k27" CHECK ("c8" NOT IN (-1, -2)),
    CONSTRAINT "k28" CHECK ("c10" <> '{}'::text[])
);
ALTER SEQUENCE "public"."seq4" OWNED BY "public"."tab5"."c7";
