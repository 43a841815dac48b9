alter table "public"."t" alter column "a" drop not null;

alter table "public"."t" alter column "b" set not null;

