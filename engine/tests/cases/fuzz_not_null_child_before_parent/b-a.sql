alter table "public"."tab4" alter column "c8" drop not null;

alter table "public"."tab15" alter column "c8" drop not null;

