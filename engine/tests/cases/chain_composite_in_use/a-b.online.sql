set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop function if exists "public"."first"(p pair);

drop view if exists "public"."v";

alter type "public"."pair" rename to "pair__old_version_to_be_dropped";

create type "public"."pair" as ("a" bigint, "b" integer, "c" text);

alter table "public"."t" alter column p type "public"."pair" using case when p::text is null then null else row((p)."a"::bigint, (p)."b"::integer, null::text)::"public"."pair" end;

drop type "public"."pair__old_version_to_be_dropped";

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.first(p pair)
 RETURNS bigint
 LANGUAGE sql
AS $function$ select p.a $function$
;

create or replace view "public"."v" as  SELECT t.id,
    (t.p).a AS a
   FROM t;


commit;

-- warning: online: statement 8 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column p type "public"."pair" using case when p::text is null then null else row((p)."a"::bigint, (p)."b"::integer, null::text)::"public"."pair" end;
