set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop conversion if exists "cv"."gone";

drop conversion if exists "cv"."changes";

create language "pl_new" handler pg_catalog.plpgsql_call_handler validator pg_catalog.plpgsql_validator;

create or replace trusted language "pl_changes" handler pg_catalog.plpgsql_call_handler inline pg_catalog.plpgsql_inline_handler validator pg_catalog.plpgsql_validator;

create default conversion "cv"."changes" for 'UTF8' to 'LATIN1' from pg_catalog.utf8_to_iso8859_1;

create conversion "cv"."added" for 'UTF8' to 'LATIN2' from pg_catalog.utf8_to_iso8859;

drop function if exists "public"."in_gone"();

drop language if exists "pl_gone";

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.in_new()
 RETURNS integer
 LANGUAGE pl_new
AS $function$begin return 2; end$function$
;

comment on language "pl_keep" is null;

comment on language "pl_new" is 'new';

comment on conversion "cv"."added" is 'added';

commit;

