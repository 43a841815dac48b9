-- Generated pair (issue 15): seed 5027, shrunk; it failed `apply`.
CREATE TABLE "public"."tab6" (
    "c8" text,
    "user c9" text
);
