create schema s;
create function s.heap_again(internal) returns table_am_handler language internal
    as 'heap_tableam_handler';
create access method am_rows type table handler s.heap_again;
comment on access method am_rows is 'rows';
create table s.kept_on (id integer primary key, note text) using am_rows;
create view s.over_kept as select id, note from s.kept_on;
create access method am_other type table handler heap_tableam_handler;
create table s.moves (id integer) using am_other;
