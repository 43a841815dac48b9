-- Generated pair (issue 15): seed 23, shrunk; it failed `apply`.
CREATE TABLE "public"."tab6" (
    "id7" bigint NOT NULL,
    "c8" text,
    CONSTRAINT "pk11" PRIMARY KEY ("id7")
) PARTITION BY RANGE ("id7");
CREATE TABLE "public"."item part9" PARTITION OF "public"."tab6" FOR VALUES FROM (MINVALUE) TO (2);
CREATE TABLE "public"."item part10" PARTITION OF "public"."tab6" FOR VALUES FROM (2) TO (MAXVALUE);
