create table t (id int, at date) partition by range (at);
create table t_all partition of t default;
create table ref (tid int);
create view v as select id from t;
create function count_t() returns bigint language sql as $$ select count(*) from t $$;
