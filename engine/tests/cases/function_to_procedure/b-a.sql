drop procedure if exists "public"."job"();

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.job()
 RETURNS void
 LANGUAGE sql
AS $function$ select 1 $function$
;

