-- Owners (--with-owners), with the corpus' roles: a table, view, sequence, type and schema
-- changing owner, a function keeping its own, a table created with one; an operator, operator
-- family and class, conversion, text search dictionary and configuration changing owner, one
-- created with one.
create schema app;
create table app.t (id int);
create view app.v as select id from app.t;
create sequence app.s;
create function app.f() returns int language sql as $$ select 1 $$;
create type app.e as enum ('x');
create domain app.d as int;
create function app.plus(int, int) returns int language sql immutable as $$ select $1 + $2 $$;
create operator app.=== (leftarg = int, rightarg = int, function = app.plus);
create operator family app.fam using btree;
create operator class app.cls for type int using btree family app.fam as operator 1 <, function 1 btint4cmp(int, int);
create conversion app.conv for 'LATIN1' to 'UTF8' from iso8859_1_to_utf8;
create text search dictionary app.dict (template = simple);
create text search configuration app.cfg (parser = default);
alter table app.t owner to schemainspect_test_role;
alter view app.v owner to schemainspect_test_role;
alter function app.f() owner to postgres;
