alter table "public"."tab11" alter column "c15" drop expression;

alter table "public"."tab11" drop column "c14";

