create type pair as (a int, b int);
create table t (id int, p pair);
create function first(p pair) returns int language sql as $$ select p.a $$;
create view v as select id, (p).a from t;
