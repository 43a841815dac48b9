alter table "public"."parent" drop column "added_to_parent";

alter table "public"."parent" add column "shared" text;

