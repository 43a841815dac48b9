set lock_timeout = '5s';

set statement_timeout = '15min';

drop index concurrently if exists "public"."ix36";

begin;

alter table "public"."tab5" drop column "c8";

drop function if exists "public"."f4"(x integer);

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.f4(x integer)
 RETURNS integer
 LANGUAGE plpgsql
 IMMUTABLE
AS $function$ BEGIN RETURN (x + 5); END $function$
;

alter table "public"."tab5" add column "c8" numeric generated always as (f4("Größe id6")) stored;

commit;

CREATE UNIQUE INDEX CONCURRENTLY ix36 ON public.tab5 USING btree (c8) WHERE (c8 = ANY (ARRAY[(1)::numeric, (2)::numeric, (3)::numeric, (4)::numeric, (5)::numeric]));

-- warning: online: statement 9 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."tab5" add column "c8" numeric generated always as (f4("Größe id6")) stored;
