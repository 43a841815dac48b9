alter table "public"."tab6" drop constraint "x-y ck11";

alter table "public"."tab6" drop constraint "pk10";

drop index if exists "public"."pk10";

alter table "public"."tab6" alter column "c8" drop expression;

alter table "public"."tab6" alter column "user c9" drop expression;

alter table "public"."tab6" drop column "q""x id7";

