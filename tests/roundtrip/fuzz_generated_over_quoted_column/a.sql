-- Generated pair (issue 15): seed 5027, shrunk; it failed `apply`.
CREATE TABLE "public"."tab6" (
    "q""x id7" text NOT NULL,
    "c8" text GENERATED ALWAYS AS (lower(("q""x id7")::text)) STORED,
    "user c9" text GENERATED ALWAYS AS (lower(("q""x id7")::text)) STORED,
    CONSTRAINT "pk10" PRIMARY KEY ("q""x id7"),
    CONSTRAINT "x-y ck11" CHECK (("q""x id7")::text LIKE 'v%')
);
