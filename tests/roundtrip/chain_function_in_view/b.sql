create table t (id int);
create function f(x int) returns text language sql as $$ select x::text $$;
create view v as select f(id) as y from t;
create view w as select y from v;
