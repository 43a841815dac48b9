-- Generated pair (issue 15): seed 58966, shrunk; it failed `rediff`.
CREATE TABLE "public"."tab13" (
    "id14" bigint NOT NULL,
    "c15" character varying(55),
    CONSTRAINT "q""x pk18" PRIMARY KEY ("id14"),
    CONSTRAINT "uq19" UNIQUE ("c15", "id14")
) PARTITION BY RANGE ("id14");
CREATE TABLE "public"."part16" PARTITION OF "public"."tab13" FOR VALUES FROM (MINVALUE) TO (2);
CREATE TABLE "public"."part17" PARTITION OF "public"."tab13" FOR VALUES FROM (2) TO (MAXVALUE);
CREATE INDEX "ix20" ON "public"."tab13" ("c15") WHERE COALESCE("c15", 'x') <> 'zz';
COMMENT ON INDEX "public"."ix20" IS 'about 8: it''s "quoted"';
-- By hand: a copy with a comment of its own, which the rebuild loses on every major.
COMMENT ON INDEX "public"."part17_c15_idx" IS 'its own';
