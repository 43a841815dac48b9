alter table "public"."t" alter column "a" set data type integer using "a"::integer;

alter table "public"."t" alter column "b" set data type character varying(20) using "b"::character varying(20);

alter table "public"."t" alter column "c" set data type numeric(10,2) using "c"::numeric(10,2);

alter table "public"."t" alter column "d" set data type timestamp(3) without time zone using "d"::timestamp(3) without time zone;

alter table "public"."t" alter column "e" set data type character varying(20) using "e"::character varying(20);

alter table "public"."t" alter column "f" set data type numeric(10,2) using "f"::numeric(10,2);

