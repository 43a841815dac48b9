create type pair as (a bigint, b int, c text);
create table t (id int, p pair);
create function first(p pair) returns bigint language sql as $$ select p.a $$;
create view v as select id, (p).a from t;
