create table t (id int, amount bigint);
create view v as select id, amount from t;
grant select on v to schemainspect_test_role;
