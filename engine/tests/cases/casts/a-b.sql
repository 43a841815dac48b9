create type "public"."flag" as enum ('off', 'on');

drop cast if exists (mood as pair);

drop cast if exists (integer as mood);

drop cast if exists (mood as integer);

drop function if exists "public"."mood_to_int"(m mood);

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.flag_on(flag)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ select $1 = 'on' $function$
;

CREATE OR REPLACE FUNCTION public.mood_to_int(feeling mood)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select case feeling when 'sad' then 0 else 1 end $function$
;

create cast (date as integer) without function;

create cast (flag as boolean) with function "public"."flag_on"(flag) as assignment;

create cast (integer as mood) with function "public"."int_to_mood"(integer) as implicit;

create cast (mood as integer) with function "public"."mood_to_int"(feeling mood);

comment on cast (flag as boolean) is 'on is true';

comment on cast (mood as integer) is 'sad is 0, happy is 1';

comment on cast (pair as mood) is null;

