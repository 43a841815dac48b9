set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop function if exists "public"."job"();

set check_function_bodies = off;

CREATE OR REPLACE PROCEDURE public.job()
 LANGUAGE sql
AS $procedure$ select 1 $procedure$
;

commit;

