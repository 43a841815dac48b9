set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop function if exists "public"."added"(OUT a integer, OUT b text);

drop function if exists "public"."arg_renamed"(b integer);

drop function if exists "public"."overloaded"(integer, integer);

drop function if exists "public"."set_returning"();

drop function if exists "public"."returns_changes"(x integer);

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.arg_renamed(a integer)
 RETURNS integer
 LANGUAGE plpgsql
AS $function$ begin return a; end $function$
;

CREATE OR REPLACE FUNCTION public.dropped()
 RETURNS void
 LANGUAGE sql
AS $function$ $function$
;

CREATE OR REPLACE FUNCTION public.overloaded(text)
 RETURNS integer
 LANGUAGE sql
AS $function$ select 2 $function$
;

CREATE OR REPLACE FUNCTION public.body_changes(x integer)
 RETURNS integer
 LANGUAGE sql
AS $function$ select x + 1 $function$
;

CREATE OR REPLACE FUNCTION public.configured()
 RETURNS text
 LANGUAGE sql
 STABLE
AS $function$ select current_setting('search_path') $function$
;

CREATE OR REPLACE FUNCTION public.definer()
 RETURNS text
 LANGUAGE sql
AS $function$ select current_user::text $function$
;

CREATE OR REPLACE FUNCTION public.overloaded(integer)
 RETURNS integer
 LANGUAGE sql
AS $function$ select 1 $function$
;

CREATE OR REPLACE FUNCTION public.returns_changes(x integer)
 RETURNS integer
 LANGUAGE sql
AS $function$ select x $function$
;

CREATE OR REPLACE FUNCTION public.strictness(x integer)
 RETURNS integer
 LANGUAGE sql
AS $function$ select x $function$
;

commit;

