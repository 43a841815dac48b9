-- Generated pair (issue 15): seed 130, shrunk; it failed `apply`.
CREATE FUNCTION "public"."a b f5"(x numeric) RETURNS integer LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN (x + 3); END $$;
COMMENT ON FUNCTION "public"."a b f5"(numeric) IS 'about 5: it''s "quoted"';
CREATE TABLE "public"."tab6" (
    "id7" integer NOT NULL,
    "q""x c8" text NOT NULL,
    "line_item c9" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "c10" bigint DEFAULT "public"."a b f5"(1) NOT NULL,
    CONSTRAINT "line_item pk11" PRIMARY KEY ("id7")
);
