alter table "public"."t" alter column "flag" set data type integer using "flag"::integer;

alter table "public"."t" alter column "id" set data type integer using "id"::integer;

alter table "public"."t" alter column "n" set data type text using "n"::text;

alter table "public"."t" alter column "price" set data type numeric(6,2) using "price"::numeric(6,2);

alter table "public"."t" alter column "small" set data type smallint using "small"::smallint;

alter table "public"."t" alter column "ts" set data type timestamp without time zone using "ts"::timestamp without time zone;

