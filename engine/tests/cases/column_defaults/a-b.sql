alter table "public"."t" alter column "a" set default 2;

alter table "public"."t" alter column "b" set default 'hello'::text;

alter table "public"."t" alter column "c" drop default;

