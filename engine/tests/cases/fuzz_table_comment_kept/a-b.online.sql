set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."tab6" alter column "t c8" drop default;

drop function if exists "public"."f4"(x bigint);

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.f4(x numeric)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
RETURN ((x + (6)::numeric))::bigint
;

alter table "public"."tab6" alter column "t c8" set default (f4((1)::numeric))::"item ty1";

comment on table "public"."tab6" is 'changed 32';

commit;

