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

alter table "public"."tab6" validate constraint "ck10";

create policy "pol29"
on "public"."tab21"
as permissive
for all
to public
using ((id22 = ANY (ARRAY['v1'::text, 'v2'::text, 'v3'::text])));


comment on function "public"."f3"(x text) is 'about 3: it''s "quoted"';

