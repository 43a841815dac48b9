create table t (id int, kept text);
create view v as select id, kept from t;
create view w as select id from v;
