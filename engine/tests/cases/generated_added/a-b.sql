alter table "public"."t" drop column "c";

alter table "public"."t" add column "c" integer generated always as ((a * b)) stored;

