alter table "public"."select tab16" drop column "c45";

