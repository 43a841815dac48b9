set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop view if exists "public"."w";

drop view if exists "public"."v";

drop function if exists "public"."f"(x integer);

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.f(x integer)
 RETURNS integer
 LANGUAGE sql
AS $function$ select x $function$
;

create or replace view "public"."v" as  SELECT f(t.id) AS y
   FROM t;


create or replace view "public"."w" as  SELECT v.y
   FROM v;


commit;

