set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop function if exists "public"."favourite"();

drop view if exists "public"."warm_paint";

drop function if exists "public"."is_warm"(c color);

alter table "public"."paint" alter column "c" drop default;

alter type "public"."color" rename to "color__old_version_to_be_dropped";

create type "public"."color" as enum ('red', 'green', 'blue', 'purple');

alter domain "public"."primary_color" rename to "primary_color__old_version_to_be_dropped";

create domain "public"."primary_color" as color constraint "primary_color_check" CHECK ((VALUE <> 'purple'::color));

alter table "public"."paint" alter column c type "public"."color" using c::text::"public"."color";

alter table "public"."paint" alter column p type "public"."primary_color" using p::text::"public"."primary_color";

alter table "public"."paint" alter column "c" set default 'red'::color;

drop domain "public"."primary_color__old_version_to_be_dropped";

drop type "public"."color__old_version_to_be_dropped";

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.favourite()
 RETURNS color
 LANGUAGE sql
AS $function$ select 'blue'::color $function$
;

CREATE OR REPLACE FUNCTION public.is_warm(c color)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ select c = 'red' $function$
;

create or replace view "public"."warm_paint" as  SELECT paint.id
   FROM paint
  WHERE is_warm(paint.c);


commit;

-- warning: online: statement 12 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."paint" alter column c type "public"."color" using c::text::"public"."color";
-- warning: online: statement 13 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."paint" alter column p type "public"."primary_color" using p::text::"public"."primary_color";
