create unlogged table "public"."scratch" (
    "x" integer
);


alter table "public"."cache" set unlogged;

alter table "public"."log" set logged;

