set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."tab5" drop constraint "Größe ck11";

alter table "public"."tab5" drop column "c7";

drop function if exists "public"."f4"(x integer);

alter table "public"."tab5" drop column "c8";

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.f4(x integer)
 RETURNS bigint
 LANGUAGE plpgsql
 IMMUTABLE
AS $function$ BEGIN RETURN (x + 6); END $function$
;

alter table "public"."tab5" add column "c7" numeric generated always as (f4((id6)::integer)) stored;

commit;

-- warning: online: statement 10 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."tab5" add column "c7" numeric generated always as (f4((id6)::integer)) stored;
