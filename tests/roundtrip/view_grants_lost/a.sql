-- A view replaced because the column under it changes type keeps its grants only with
-- --with-privileges: without, its drop carries PRIVILEGES_LOST.
create table t (id int, amount int);
create view v as select id, amount from t;
grant select on v to schemainspect_test_role;
