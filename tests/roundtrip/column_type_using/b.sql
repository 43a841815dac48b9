create table t (id bigint primary key, n int, small bigint, ts timestamptz, flag boolean, price numeric(12, 4));
create index t_n on t (n);
