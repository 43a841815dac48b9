create table t (id int primary key, n text, small smallint, ts timestamp, flag int, price numeric(6, 2));
create index t_n on t (n);
insert into t values (1, '42', 1, '2020-01-01', 1, 1.5);
