set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop statistics if exists "public"."s_expr";

drop statistics if exists "public"."s_fn";

drop function if exists "public"."twice"(y integer);

CREATE STATISTICS public.s_expr ON (a + 1), lower(b) FROM t;

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.twice(x integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$select x * 2$function$
;

CREATE STATISTICS public.s_fn ON b, twice(a) FROM t;

commit;

