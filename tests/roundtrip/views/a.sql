create table t (id int, name text, price numeric);
create view appended as select id from t;
create view retyped as select id, name from t;
create view renamed as select id, name from t;
create view dropped as select * from t;
create view checked as select id, price from t where price > 0;
create view body_only as select id from t where id > 0;
