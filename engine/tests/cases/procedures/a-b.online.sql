set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop procedure if exists "public"."gone"();

set check_function_bodies = off;

CREATE OR REPLACE PROCEDURE public.added(INOUT n integer)
 LANGUAGE plpgsql
AS $procedure$ begin n := n + 1; end $procedure$
;

CREATE OR REPLACE PROCEDURE public.write_log(IN m text)
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $procedure$ insert into log values (upper(m)) $procedure$
;

commit;

