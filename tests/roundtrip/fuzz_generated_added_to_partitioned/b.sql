-- Generated pair (issue 15): seed 42065, shrunk; it failed `apply`.
CREATE TABLE "public"."user tab5" (
    "id6" integer NOT NULL,
    "c7" text,
    "c9" integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    "c24" numeric GENERATED ALWAYS AS ((("c9")::bigint + 1)) STORED NOT NULL
) PARTITION BY RANGE ("id6");
CREATE TABLE "public"."q""x part10" PARTITION OF "public"."user tab5" FOR VALUES FROM (MINVALUE) TO (2);
CREATE TABLE "public"."part11" PARTITION OF "public"."user tab5" FOR VALUES FROM (2) TO (MAXVALUE);
COMMENT ON TABLE "public"."user tab5" IS 'changed 88';
