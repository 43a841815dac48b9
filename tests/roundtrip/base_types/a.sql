-- Base and shell types (superuser: their functions are LANGUAGE internal over built-in ones, as
-- PostgreSQL's regression tests make them). s.kept changes its receive and send functions in
-- place and s.label its storage (alter type ... set); s.changes changes category and default,
-- which only a replacement makes: the function and view using it are recreated around it;
-- s.gone goes with the function and table using it; a shell goes, and in b.sql another comes
-- and a base type with type modifier functions is added under a new table.
create schema s;

create type s.kept;
create function s.kept_in(cstring) returns s.kept language internal immutable strict as 'int4in';
create function s.kept_out(s.kept) returns cstring language internal immutable strict as 'int4out';
create function s.kept_recv(internal) returns s.kept language internal immutable strict as 'int4recv';
create type s.kept (input = s.kept_in, output = s.kept_out, receive = s.kept_recv,
    internallength = 4, passedbyvalue, alignment = int4);
comment on type s.kept is 'kept';
create table s.uses (id integer primary key, k s.kept);

create type s.label;
create function s.label_in(cstring) returns s.label language internal immutable strict as 'textin';
create function s.label_out(s.label) returns cstring language internal immutable strict as 'textout';
create type s.label (input = s.label_in, output = s.label_out, internallength = variable,
    storage = extended, category = 'S', collatable = true);
create table s.labels (id integer primary key, l s.label);

create type s.changes;
create function s.changes_in(cstring) returns s.changes language internal immutable strict as 'int4in';
create function s.changes_out(s.changes) returns cstring language internal immutable strict as 'int4out';
create type s.changes (input = s.changes_in, output = s.changes_out, internallength = 4,
    passedbyvalue, alignment = int4);
create function s.changes_abs(s.changes) returns s.changes language internal immutable strict as 'int4abs';
create view s.changes_view as select s.changes_abs('1'::s.changes) as c;

create type s.gone;
create function s.gone_in(cstring) returns s.gone language internal immutable strict as 'int4in';
create function s.gone_out(s.gone) returns cstring language internal immutable strict as 'int4out';
create type s.gone (input = s.gone_in, output = s.gone_out, internallength = 4, passedbyvalue,
    alignment = int4, delimiter = ';');
create function s.gone_eq(s.gone, s.gone) returns boolean language internal immutable strict as 'int4eq';
create table s.gone_uses (g s.gone);

create type s.only_shell;
comment on type s.only_shell is 'a shell';
