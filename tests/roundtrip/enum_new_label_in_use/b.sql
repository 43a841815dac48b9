create schema s;
create type s.mood as enum ('sad', 'ok', 'happy');
create type s."Mood Two" as enum ('low', 'mid', 'high');
create type s.unused as enum ('a', 'b', 'c');
create table s.person (
    name text,
    current_mood s.mood default 'ok' check (current_mood <> 'ok' or name is not null),
    other s."Mood Two",
    spare s.unused
);
create view s.happy_people as select name from s.person where current_mood in ('happy', 'ok');
create index person_other on s.person (name) where other in ('high', 'mid');
