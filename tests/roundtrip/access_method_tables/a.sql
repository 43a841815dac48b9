-- A table access method whose handler changes while a table uses it in both schemas: the table
-- moves to heap before the drop and back after the creation (ALTER TABLE ... SET ACCESS METHOD,
-- PostgreSQL 15 and later). Another table moves between access methods.
create schema s;
create access method am_rows type table handler heap_tableam_handler;
comment on access method am_rows is 'rows';
create table s.kept_on (id integer primary key, note text) using am_rows;
create view s.over_kept as select id, note from s.kept_on;
create table s.moves (id integer) using am_rows;
create access method am_other type table handler heap_tableam_handler;
