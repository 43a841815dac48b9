-- Enums gaining labels. Where the target already uses a new label (a default, a check, a view, an
-- index predicate), ADD VALUE cannot be used: the value is unusable in the transaction that adds
-- it, so the enum is recreated. Where nothing uses the new label, it is added in place.
create schema s;
create type s.mood as enum ('sad', 'happy');
create type s."Mood Two" as enum ('low', 'high');
create type s.unused as enum ('a', 'b');
create table s.person (
    name text,
    current_mood s.mood default 'sad',
    other s."Mood Two",
    spare s.unused
);
create view s.happy_people as select name from s.person where current_mood = 'happy';
create index person_other on s.person (name) where other = 'high';
