-- acc's arguments renamed; the aggregate and the view are the same.
create function acc(state int, val int) returns int language sql immutable as 'select state + val';
create aggregate total(int) (sfunc = acc, stype = int, initcond = '0');
create table t (a int);
create view v as select total(a) as n from t;
