drop conversion if exists "cv"."added";

drop conversion if exists "cv"."changes";

create trusted language "pl_gone" handler pg_catalog.plpgsql_call_handler inline pg_catalog.plpgsql_inline_handler validator pg_catalog.plpgsql_validator;

create or replace language "pl_changes" handler pg_catalog.plpgsql_call_handler;

create conversion "cv"."changes" for 'UTF8' to 'LATIN1' from pg_catalog.utf8_to_iso8859_1;

create conversion "cv"."gone" for 'LATIN2' to 'UTF8' from pg_catalog.iso8859_to_utf8;

drop function if exists "public"."in_new"();

drop language if exists "pl_new";

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.in_gone()
 RETURNS integer
 LANGUAGE pl_gone
AS $function$begin return 1; end$function$
;

comment on language "pl_keep" is 'kept';

