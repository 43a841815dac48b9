alter table "public"."tab5" alter column "id6" set data type bigint using "id6"::bigint;

