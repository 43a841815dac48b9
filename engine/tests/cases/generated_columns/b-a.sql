alter table "public"."t" drop column "becomes_plain";

alter table "public"."t" drop column "expression_changes";

alter table "public"."t" add column "becomes_plain" integer generated always as ((a + b)) stored;

alter table "public"."t" add column "expression_changes" integer generated always as ((a + 1)) stored;

