set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop function if exists "public"."arg_renamed"(a integer);

drop function if exists "public"."dropped"();

drop function if exists "public"."overloaded"(text);

drop function if exists "public"."returns_changes"(x integer);

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.added(OUT a integer, OUT b text)
 RETURNS record
 LANGUAGE sql
AS $function$ select 1, 'x' $function$
;

CREATE OR REPLACE FUNCTION public.arg_renamed(b integer)
 RETURNS integer
 LANGUAGE plpgsql
AS $function$ begin return b; end $function$
;

CREATE OR REPLACE FUNCTION public.overloaded(integer, integer)
 RETURNS integer
 LANGUAGE sql
AS $function$ select 3 $function$
;

CREATE OR REPLACE FUNCTION public.set_returning()
 RETURNS SETOF integer
 LANGUAGE sql
 ROWS 20
AS $function$ select 1 $function$
;

CREATE OR REPLACE FUNCTION public.body_changes(x integer)
 RETURNS integer
 LANGUAGE sql
AS $function$ select x + 2 $function$
;

CREATE OR REPLACE FUNCTION public.configured()
 RETURNS text
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'public'
 SET work_mem TO '8MB'
AS $function$ select current_setting('search_path') $function$
;

CREATE OR REPLACE FUNCTION public.definer()
 RETURNS text
 LANGUAGE sql
 SECURITY DEFINER
AS $function$ select current_user::text $function$
;

CREATE OR REPLACE FUNCTION public.overloaded(integer)
 RETURNS integer
 LANGUAGE sql
AS $function$ select 10 $function$
;

CREATE OR REPLACE FUNCTION public.returns_changes(x integer)
 RETURNS bigint
 LANGUAGE sql
AS $function$ select x::bigint $function$
;

CREATE OR REPLACE FUNCTION public.strictness(x integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT COST 5
AS $function$ select x $function$
;

commit;

