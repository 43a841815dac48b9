create table t (id int);
create function f(x int) returns int language sql as $$ select x $$;
create view v as select f(id) as y from t;
create view w as select y from v;
