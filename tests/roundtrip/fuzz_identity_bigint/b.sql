-- Generated pair (issue 15): seed 116, shrunk; it failed `apply`.
CREATE TABLE "public"."tab26" (
    "id27" integer NOT NULL,
    "c28" integer GENERATED ALWAYS AS IDENTITY NOT NULL,
    CONSTRAINT "ck29" CHECK (("id27")::numeric < 1000.5)
);
