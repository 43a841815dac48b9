-- Generated pair (issue 15): seed 40068, shrunk; it failed `apply`.
CREATE TABLE "public"."select tab16" (
    "item id17" integer NOT NULL,
    "user c18" text DEFAULT 'a' || 'b' NOT NULL,
    CONSTRAINT "a b pk21" PRIMARY KEY ("item id17"),
    CONSTRAINT "select uq22" UNIQUE ("user c18", "item id17")
) PARTITION BY RANGE ("item id17");
CREATE TABLE "public"."part19" PARTITION OF "public"."select tab16" FOR VALUES FROM (MINVALUE) TO (2);
CREATE TABLE "public"."part20" PARTITION OF "public"."select tab16" FOR VALUES FROM (2) TO (MAXVALUE);
COMMENT ON TABLE "public"."select tab16" IS 'a table';
