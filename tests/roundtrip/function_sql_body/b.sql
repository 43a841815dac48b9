create table t (id int);
create function standard(x int) returns int language sql immutable return x + 100;
create function to_standard(x int) returns int language sql return x * 2;
create function counted() returns bigint language sql begin atomic select count(*) + 1 from t; end;
