alter table "public"."t tab11" drop constraint "pk17";

drop index if exists "public"."pk17";

alter table "public"."t tab11" alter column "c14" drop expression;

alter table "public"."t tab11" drop column "id12";

alter table "public"."t tab11" add column "q""x c23" text generated always as (lower(c14)) stored;

