alter table "public"."tab6" drop constraint "ck12";

alter table "public"."tab6" drop constraint "pk10";

drop index if exists "public"."pk10";

alter table "public"."tab6" alter column "Order c8" drop expression;

alter table "public"."tab6" drop column "Order id7";

