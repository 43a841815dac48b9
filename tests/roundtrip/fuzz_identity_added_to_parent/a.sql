-- Generated pair (issue 15): seed 538, shrunk; it failed `apply`.
CREATE TABLE "public"."tab4" (
    "id5" bigint NOT NULL,
    CONSTRAINT "q""x pk8" PRIMARY KEY ("id5")
);
CREATE TABLE "public"."tab13" (
    "id14" integer NOT NULL,
    "q""x c16" numeric GENERATED ALWAYS AS ((("id14")::bigint + 1)) STORED
) INHERITS ("public"."tab4");
COMMENT ON COLUMN "public"."tab13"."q""x c16" IS 'a column''s comment';
