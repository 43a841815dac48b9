create schema s;
create type s.mood as enum ('sad', 'happy');
create function s.mood_from(internal) returns internal language internal immutable as 'prsd_lextype';
create function s.mood_to_v2(internal) returns s.mood language internal immutable as 'int4recv';
create transform for s.mood language sql (
    from sql with function s.mood_from(internal), to sql with function s.mood_to_v2(internal));
comment on transform for s.mood language sql is 'mood';
create transform for smallint language sql (from sql with function prsd_lextype(internal));
comment on transform for smallint language sql is 'kept';
create transform for bigint language sql (
    from sql with function prsd_lextype(internal), to sql with function int8recv(internal));
create transform for text language sql (to sql with function textrecv(internal));
comment on transform for text language sql is 'new';
