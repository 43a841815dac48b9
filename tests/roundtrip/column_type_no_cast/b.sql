-- See a.sql.
create type mood as enum ('sad', 'happy');
create type point2 as (x integer, y integer);
create type point3 as (x integer, y integer, z integer);
create function mood_rank(mood) returns integer language sql immutable
    as $$ select case $1 when 'sad' then 0 else 1 end $$;
create cast (mood as integer) with function mood_rank(mood);
create table readings (
    id integer primary key,
    ref uuid,
    token uuid not null default gen_random_uuid(),
    taken integer,
    active boolean,
    span int8range,
    place point3,
    tags integer[],
    counts integer,
    feeling integer
);
create index readings_ref on readings (ref);
