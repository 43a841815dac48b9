set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.audit()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
AS $function$ begin raise notice 'x'; return null; end $function$
;

commit;

