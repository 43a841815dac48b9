-- Generated pair (issue 15): seed 73, shrunk; it failed `rediff`.
CREATE SCHEMA "s1";
CREATE TABLE "s1"."tab21" (
    "id22" text NOT NULL,
    "c23" text[] NOT NULL,
    CONSTRAINT "pk25" PRIMARY KEY ("id22"),
    CONSTRAINT "ck26" CHECK ("c23" <> '{}'::text[])
);
CREATE TABLE "s1"."tab27" (
    "id28" bigint NOT NULL,
    "c29" integer DEFAULT 42,
    "c31" character varying(40),
    "x-y c32" date DEFAULT '2020-02-02'::date NOT NULL,
    CONSTRAINT "line_item pk33" PRIMARY KEY ("id28"),
    CONSTRAINT "t ck34" CHECK (("c31")::text = ANY (ARRAY['v1', 'v2', 'v3'])),
    CONSTRAINT "ck35" CHECK ("c29" NOT IN (-1, -2))
);
GRANT SELECT, INSERT ON TABLE "s1"."tab27" TO schemainspect_test_role;
CREATE VIEW "s1"."Order v38" AS SELECT (("c29")::bigint + 1) AS "line_item vc44", "c31" AS "vc45" FROM "s1"."tab27";
GRANT SELECT ON TABLE "s1"."Order v38" TO schemainspect_test_role;
