-- The transition function is replaced (its argument names change, which CREATE OR REPLACE cannot
-- do): the aggregate over it, and the view over the aggregate, are dropped first and created
-- after.
create function acc(s int, x int) returns int language sql immutable as 'select s + x';
create aggregate total(int) (sfunc = acc, stype = int, initcond = '0');
create table t (a int);
create view v as select total(a) as n from t;
