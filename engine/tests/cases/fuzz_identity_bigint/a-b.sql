alter table "public"."tab26" alter column "c28" set data type integer using "c28"::integer;

alter table "public"."tab26" alter column "c28" set maxvalue 2147483647;

