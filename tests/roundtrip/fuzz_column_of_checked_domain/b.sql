-- Generated pair (issue 15): seed 5116, shrunk; it failed `apply`.
CREATE SCHEMA "s1";
CREATE DOMAIN "s1"."item ty2" AS character varying(20) CHECK ((VALUE)::text IN ('v1', 'v2', 'v3', 'w'));
CREATE FUNCTION "s1"."f3"(x text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN (x || '4'); END $$;
CREATE TABLE "public"."tab20" (
    "Größe id21" text NOT NULL,
    "c23" numeric,
    "line_item c24" character varying(40) DEFAULT 'it''s',
    "Order c25" integer DEFAULT CASE WHEN true THEN 1 ELSE 2 END,
    CONSTRAINT "pk26" PRIMARY KEY ("Größe id21"),
    CONSTRAINT "ck27" CHECK (("c23")::numeric < 1000.5)
);
COMMENT ON TABLE "public"."tab20" IS 'a table';
