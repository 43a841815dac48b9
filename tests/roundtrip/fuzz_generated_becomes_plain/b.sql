-- Generated pair (issue 15): seed 469, shrunk; it failed `apply`.
CREATE TABLE "public"."tab11" (
    "id12" text NOT NULL,
    "c13" boolean,
    "c15" text NOT NULL,
    CONSTRAINT "line_item pk17" PRIMARY KEY ("id12")
);
COMMENT ON TABLE "public"."tab11" IS 'a table';
