-- Column compression (PostgreSQL 14+): set, reset, and lost by a type change.
create table t (a text, b text, c varchar(5));
alter table t alter column b set compression pglz, alter column c set compression pglz;
