alter table "public"."tab26" alter column "c28" set data type bigint using "c28"::bigint;

alter table "public"."tab26" alter column "c28" set maxvalue 9223372036854775807;

