alter table "public"."tab4" drop column "user c7";

drop function if exists "public"."f2"(x numeric);

alter table "public"."tab10" drop column "a b c13";

alter table "public"."tab10" add column "id11" text not null;

alter table "public"."tab10" add column "a b c13" text not null generated always as (lower(id11)) stored;

alter table "public"."tab10" enable row level security;

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.f2(x numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT ((x + 9))::numeric $function$
;

alter table "public"."tab4" add column "user c7" numeric generated always as (f2((id5)::numeric)) stored;

create policy "pol14"
on "public"."tab10"
as permissive
for all
to public
using ((upper(id11) <> 'Q'::text));


