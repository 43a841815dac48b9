set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."tab4" drop column "item c9";

drop function if exists "s1"."item f3"(x integer);

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION s1."item f3"(x integer)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
RETURN ((x + 3))::numeric
;

alter table "public"."tab4" add column "item c9" numeric generated always as (s1."item f3"((c8)::integer)) stored;

commit;

-- warning: online: statement 8 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."tab4" add column "item c9" numeric generated always as (s1."item f3"((c8)::integer)) stored;
