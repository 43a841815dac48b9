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

