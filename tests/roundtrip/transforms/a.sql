-- Transforms (superuser) for language sql on built-in and user functions (LANGUAGE internal
-- over built-in ones, as PostgreSQL's regression tests make them): one kept, one removed, two
-- changed in place (create or replace transform): one gains a TO SQL function and loses its
-- comment, one moves to a new function while its old one is dropped; and in b.sql one added.
create schema s;
create type s.mood as enum ('sad', 'happy');
create function s.mood_from(internal) returns internal language internal immutable as 'prsd_lextype';
create function s.mood_to(internal) returns s.mood language internal immutable as 'int4recv';
create transform for s.mood language sql (
    from sql with function s.mood_from(internal), to sql with function s.mood_to(internal));
comment on transform for s.mood language sql is 'mood';
create transform for smallint language sql (from sql with function prsd_lextype(internal));
comment on transform for smallint language sql is 'kept';
create transform for integer language sql (
    from sql with function prsd_lextype(internal), to sql with function int4recv(internal));
create transform for bigint language sql (from sql with function prsd_lextype(internal));
comment on transform for bigint language sql is 'changes';
