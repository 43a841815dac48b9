-- Generated pair (issue 15): seed 51525, shrunk; it failed `dump`.
CREATE FUNCTION "public"."item f3"(x integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT ((x + 9))::bigint $$;
CREATE TABLE "public"."x-y tab5" (
    "item id6" bigint NOT NULL,
    "x-y c7" numeric DEFAULT "public"."item f3"(1),
    "c8" boolean,
    "c10" integer DEFAULT CASE WHEN true THEN 1 ELSE 2 END,
    CONSTRAINT "a b uq11" UNIQUE ("c10"),
    CONSTRAINT "line_item ck12" CHECK ("c8" IS NOT NULL)
);
CREATE TABLE "public"."line_item tab14" (
    "id15" integer NOT NULL,
    CONSTRAINT "select pk21" PRIMARY KEY ("id15")
) PARTITION BY RANGE ("id15");
CREATE TABLE "public"."q""x part19" PARTITION OF "public"."line_item tab14" FOR VALUES FROM (MINVALUE) TO (2);
CREATE TABLE "public"."line_item part20" PARTITION OF "public"."line_item tab14" FOR VALUES FROM (2) TO (MAXVALUE);
CREATE INDEX "ix24" ON "public"."x-y tab5" (("public"."item f3"(("x-y c7")::integer)));
CREATE INDEX "Order ix25" ON "public"."line_item tab14" ("id15");
