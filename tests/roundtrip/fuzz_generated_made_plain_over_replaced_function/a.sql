-- Generated pair (issue 15): seed 5805, shrunk; it failed `apply`.
CREATE SCHEMA "s1";
CREATE FUNCTION "public"."Order f6"(x numeric) RETURNS integer LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN (x + 8); END $$;
CREATE TABLE "s1"."select tab8" (
    "id9" bigint NOT NULL,
    "c10" numeric GENERATED ALWAYS AS ("public"."Order f6"(("id9")::integer)) STORED NOT NULL,
    "c11" numeric GENERATED ALWAYS AS ((("id9")::bigint + 1)) STORED,
    CONSTRAINT "item pk12" PRIMARY KEY ("id9"),
    CONSTRAINT "item ck13" CHECK (("id9")::numeric < 1000.5)
);
COMMENT ON TABLE "s1"."select tab8" IS 'a table';
