alter table "public"."tab18" drop constraint "pk23";

drop index if exists "public"."pk23";

alter table "public"."tab18" drop column "c22";

alter table "public"."tab18" drop column "line_item id19";

