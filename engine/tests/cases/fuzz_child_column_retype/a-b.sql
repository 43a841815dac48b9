alter table "public"."tab5" alter column "id6" set data type integer using "id6"::integer;

