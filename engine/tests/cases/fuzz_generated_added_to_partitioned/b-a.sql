alter table "public"."user tab5" drop column "c24";

alter table "public"."user tab5" alter column "c9" set data type bigint using "c9"::bigint;

alter table "public"."user tab5" alter column "c9" set maxvalue 9223372036854775807;

comment on table "public"."user tab5" is null;

