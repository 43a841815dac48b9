drop cast if exists (date as integer);

drop cast if exists (flag as boolean);

drop cast if exists (integer as mood);

drop cast if exists (mood as integer);

drop function if exists "public"."flag_on"(flag);

drop function if exists "public"."mood_to_int"(feeling mood);

drop type "public"."flag";

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.mood_to_int(m mood)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select case m when 'sad' then 0 else 1 end $function$
;

create cast (mood as pair) with inout;

create cast (integer as mood) with function "public"."int_to_mood"(integer) as assignment;

create cast (mood as integer) with function "public"."mood_to_int"(m mood);

comment on cast (mood as integer) is 'sad is 0';

comment on cast (pair as mood) is 'through text';

