create table t (id int, secret text);
create view v_barrier as select id from t;
create view v_invoker with (security_barrier = true) as select id from t;
