alter table "public"."t" drop column "expression_changes";

alter table "public"."t" alter column "becomes_plain" drop expression;

alter table "public"."t" add column "expression_changes" integer generated always as ((a + 2)) stored;

