set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop policy "pol29" on "public"."tab21";

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.f3(x text)
 RETURNS text
 LANGUAGE plpgsql
 IMMUTABLE
AS $function$ BEGIN RETURN (x || '5'); END $function$
;

alter table "public"."tab21" alter column "id22" set data type text using "id22"::text;

alter table "public"."tab21" add column "line_item c24" text generated always as (f3(id22)) stored;

alter table "public"."tab6" add constraint "ck10" CHECK ((f3(("select c8")::text) <> ''::text)) not valid;

create policy "pol29"
on "public"."tab21"
as permissive
for all
to public
using ((id22 = ANY (ARRAY['v1'::text, 'v2'::text, 'v3'::text])));


comment on function "public"."f3"(x text) is 'about 3: it''s "quoted"';

commit;

begin;

alter table "public"."tab6" validate constraint "ck10";

commit;

-- warning: online: statement 8 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."tab21" add column "line_item c24" text generated always as (f3(id22)) stored;
