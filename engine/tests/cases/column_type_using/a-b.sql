alter table "public"."t" alter column "flag" set data type boolean using "flag"::boolean;

alter table "public"."t" alter column "id" set data type bigint using "id"::bigint;

alter table "public"."t" alter column "n" set data type integer using "n"::integer;

alter table "public"."t" alter column "price" set data type numeric(12,4) using "price"::numeric(12,4);

alter table "public"."t" alter column "small" set data type bigint using "small"::bigint;

alter table "public"."t" alter column "ts" set data type timestamp with time zone using "ts"::timestamp with time zone;

