create table t (id int, gone text, kept text);
create view v as select id, gone, kept from t;
create view w as select id from v;
