set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop policy "pol14" on "public"."tab10";

alter table "public"."tab4" drop column "user c7";

drop function if exists "public"."f2"(x numeric);

alter table "public"."tab10" alter column "a b c13" drop expression;

alter table "public"."tab10" drop column "id11";

alter table "public"."tab10" disable row level security;

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.f2(x numeric)
 RETURNS bigint
 LANGUAGE plpgsql
 IMMUTABLE
AS $function$ BEGIN RETURN (x + 9); END $function$
;

alter table "public"."tab4" add column "user c7" numeric generated always as (f2((id5)::numeric)) stored;

commit;

-- warning: online: statement 12 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."tab4" add column "user c7" numeric generated always as (f2((id5)::numeric)) stored;
