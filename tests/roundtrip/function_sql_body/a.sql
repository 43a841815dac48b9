create table t (id int);
create function standard(x int) returns int language sql immutable return x + 1;
create function to_standard(x int) returns int language sql as $$ select x * 2 $$;
create function counted() returns bigint language sql begin atomic select count(*) from t; end;
