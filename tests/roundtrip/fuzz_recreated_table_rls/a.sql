-- Generated pair (issue 15): seed 43, shrunk; it failed `rediff`.
CREATE FUNCTION "public"."f3"(x bigint) RETURNS bigint LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN (x + 4); END $$;
CREATE TABLE "public"."tab5" (
    "id6" bigint NOT NULL,
    "c7" integer,
    "a b c8" numeric GENERATED ALWAYS AS ("public"."f3"(("c7")::integer)) STORED,
    CONSTRAINT "pk9" PRIMARY KEY ("id6"),
    CONSTRAINT "uq10" UNIQUE ("c7")
);
ALTER TABLE "public"."tab5" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "pol11" ON "public"."tab5" USING ("a b c8" > 0);
