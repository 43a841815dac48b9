alter table "public"."select tab16" add column "c45" integer not null;

alter table only "public"."select tab16" alter column "c45" add generated always as identity;

