alter table "s1"."select tab8" drop constraint "item ck13";

alter table "s1"."select tab8" drop constraint "item pk12";

drop index if exists "s1"."item pk12";

alter table "s1"."select tab8" alter column "c10" drop expression;

alter table "s1"."select tab8" alter column "c11" drop expression;

alter table "s1"."select tab8" drop column "id9";

drop function if exists "public"."Order f6"(x numeric);

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public."Order f6"(x numeric)
 RETURNS numeric
 LANGUAGE plpgsql
 IMMUTABLE
AS $function$ BEGIN RETURN (x + 8); END $function$
;

