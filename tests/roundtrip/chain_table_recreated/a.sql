create table t (id int primary key, at date);
create table ref (tid int references t (id));
create view v as select id from t;
create function count_t() returns bigint language sql as $$ select count(*) from t $$;
