alter table "public"."user tab5" alter column "c9" set data type integer using "c9"::integer;

alter table "public"."user tab5" alter column "c9" set maxvalue 2147483647;

alter table "public"."user tab5" add column "c24" numeric not null generated always as (((c9)::bigint + 1)) stored;

comment on table "public"."user tab5" is 'changed 88';

