set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public."Größe f2"(x numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT ((x + 6))::numeric $function$
;

alter table "public"."tab17" drop column "c21";

alter table "public"."tab17" add column "c21" numeric not null generated always as ("Größe f2"(((id18)::integer)::numeric)) stored;

drop function if exists "public"."Größe f2"(x integer);

comment on column "public"."tab17"."c21" is 'a column''s comment';

