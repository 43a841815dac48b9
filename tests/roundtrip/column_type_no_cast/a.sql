-- Column type changes, with and without a cast (docs/objects.md, "Column type changes"):
-- integer to uuid and date to integer have none (the column is dropped and added again), nor
-- bigint to boolean (PostgreSQL casts integer to boolean, not bigint); a range and a composite
-- go through text; text[] to integer[] casts element by element; integer[] to integer has no
-- cast; an enum to integer has one only where a user made it (b.sql).
create type mood as enum ('sad', 'happy');
create type point2 as (x integer, y integer);
create type point3 as (x integer, y integer, z integer);
create table readings (
    id integer primary key,
    ref integer,
    token integer not null,
    taken date,
    active bigint,
    span int4range,
    place point2,
    tags text[],
    counts integer[],
    feeling mood
);
create index readings_ref on readings (ref);
