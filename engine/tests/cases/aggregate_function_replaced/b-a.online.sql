set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop view if exists "public"."v";

drop aggregate if exists "public"."total"(integer);

drop function if exists "public"."acc"(state integer, val integer);

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.acc(s integer, x integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$select s + x$function$
;

create aggregate public.total(integer) (
    sfunc = acc,
    stype = integer,
    initcond = '0'
);

create or replace view "public"."v" as  SELECT total(t.a) AS n
   FROM t;


commit;

