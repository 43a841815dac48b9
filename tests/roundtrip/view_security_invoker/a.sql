create table t (id int, secret text);
create view v_on as select id from t;
create view v_off with (security_invoker = true) as select id from t;
