set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop function if exists "public"."textrange_len"(r textrange);

drop type "public"."textrange";

create type "public"."textrange" as range (subtype = text, collation = "pg_catalog"."POSIX");

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.textrange_len(r textrange)
 RETURNS integer
 LANGUAGE sql
AS $function$ select length(upper(r)) $function$
;

commit;

