-- Generated pair (issue 15): seed 10488, shrunk; it failed `apply`.
CREATE FUNCTION "public"."f4"(x integer) RETURNS numeric LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN (x + 5); END $$;
CREATE TABLE "public"."tab5" (
    "Größe id6" integer NOT NULL,
    "c8" numeric GENERATED ALWAYS AS ("public"."f4"(("Größe id6")::integer)) STORED,
    CONSTRAINT "line_item pk9" PRIMARY KEY ("Größe id6")
);
CREATE UNIQUE INDEX "ix36" ON "public"."tab5" ("c8") WHERE "c8" IN (1, 2, 3, 4, 5);
