drop table "public"."n";

alter table "public"."t" alter column "c" set data type character varying(5) using "c"::character varying(5);

alter table only "public"."t" alter column "a" set compression default;

alter table only "public"."t" alter column "b" set compression pglz;

alter table only "public"."t" alter column "c" set compression pglz;

