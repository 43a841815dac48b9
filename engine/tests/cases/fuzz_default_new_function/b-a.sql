alter table "public"."tab6" alter column "c10" drop default;

drop function if exists "public"."a b f5"(x integer);

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public."a b f5"(x numeric)
 RETURNS integer
 LANGUAGE plpgsql
 IMMUTABLE
AS $function$ BEGIN RETURN (x + 3); END $function$
;

alter table "public"."tab6" alter column "c10" set default "a b f5"((1)::numeric);

comment on function "public"."a b f5"(x numeric) is 'about 5: it''s "quoted"';

