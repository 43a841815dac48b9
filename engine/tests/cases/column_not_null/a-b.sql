alter table "public"."t" alter column "a" set not null;

alter table "public"."t" alter column "b" drop not null;

