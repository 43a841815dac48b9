set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop procedure if exists "public"."job"();

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.job()
 RETURNS void
 LANGUAGE sql
AS $function$ select 1 $function$
;

commit;

