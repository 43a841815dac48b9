create table t (id int, kept text, added varchar(20) collate "C" not null default 'x', tags text[], amount numeric(8, 2));
