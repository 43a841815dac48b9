set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop procedure if exists "public"."added"(INOUT n integer);

set check_function_bodies = off;

CREATE OR REPLACE PROCEDURE public.gone()
 LANGUAGE plpgsql
AS $procedure$ begin null; end $procedure$
;

CREATE OR REPLACE PROCEDURE public.write_log(IN m text)
 LANGUAGE sql
AS $procedure$ insert into log values (m) $procedure$
;

commit;

