-- Casts: added (with a new type and function, and without function), changed, replaced with their
-- function, removed; comments changed and added.
create type mood as enum ('sad', 'happy');
create type pair as (a integer, b integer);
create type flag as enum ('off', 'on');
create function mood_to_int(feeling mood) returns integer language sql immutable
    as $$ select case feeling when 'sad' then 0 else 1 end $$;
create function int_to_mood(integer) returns mood language sql immutable
    as $$ select case when $1 > 0 then 'happy'::mood else 'sad'::mood end $$;
create function mood_label(mood) returns text language sql immutable as $$ select $1::text $$;
create function flag_on(flag) returns boolean language sql immutable as $$ select $1 = 'on' $$;
create cast (mood as integer) with function mood_to_int(mood);
create cast (integer as mood) with function int_to_mood(integer) as implicit;
create cast (pair as mood) with inout;
create cast (mood as text) with function mood_label(mood) as implicit;
create cast (flag as boolean) with function flag_on(flag) as assignment;
create cast (date as integer) without function;
comment on cast (mood as integer) is 'sad is 0, happy is 1';
comment on cast (flag as boolean) is 'on is true';
