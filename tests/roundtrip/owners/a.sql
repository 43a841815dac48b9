-- Owners (--with-owners), with the corpus' roles: a table, view, sequence, type and schema
-- changing owner, a function keeping its own, a table created with one.
create schema app;
create table app.t (id int);
create view app.v as select id from app.t;
create sequence app.s;
create function app.f() returns int language sql as $$ select 1 $$;
create type app.e as enum ('x');
create domain app.d as int;
alter table app.t owner to schemainspect_test_role;
alter view app.v owner to schemainspect_test_role;
alter function app.f() owner to postgres;
