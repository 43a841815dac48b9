-- Casts: one unchanged, one whose context changes, one whose function is replaced (a new argument
-- name makes it another function), one removed; comments on two.
create type mood as enum ('sad', 'happy');
create type pair as (a integer, b integer);
create function mood_to_int(m mood) returns integer language sql immutable
    as $$ select case m when 'sad' then 0 else 1 end $$;
create function int_to_mood(integer) returns mood language sql immutable
    as $$ select case when $1 > 0 then 'happy'::mood else 'sad'::mood end $$;
create function mood_label(mood) returns text language sql immutable as $$ select $1::text $$;
create cast (mood as integer) with function mood_to_int(mood);
create cast (integer as mood) with function int_to_mood(integer) as assignment;
create cast (mood as pair) with inout;
create cast (pair as mood) with inout;
create cast (mood as text) with function mood_label(mood) as implicit;
comment on cast (mood as integer) is 'sad is 0';
comment on cast (pair as mood) is 'through text';
