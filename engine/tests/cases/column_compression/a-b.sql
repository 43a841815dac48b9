create table "public"."n" (
    "a" text
);


alter table only "public"."n" alter column "a" set compression pglz;

alter table "public"."t" alter column "c" set data type text using "c"::text;

alter table only "public"."t" alter column "a" set compression pglz;

alter table only "public"."t" alter column "b" set compression default;

