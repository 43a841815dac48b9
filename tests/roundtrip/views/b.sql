create table t (id int, name text, price numeric);
create view appended as select id, name, price from t;
create view retyped as select id::text as id, name from t;
create view renamed as select id as ident, name from t;
create view added as select name from t order by name;
create view checked as select id, price from t where price > 0 with local check option;
create view body_only as select id from t where id > 1;
