alter table "public"."parent" drop column "shared";

alter table "public"."parent" add column "added_to_parent" integer;

