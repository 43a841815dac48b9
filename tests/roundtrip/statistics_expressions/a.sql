-- Statistics on expressions (PostgreSQL 14+): one whose expression changes, one over a function
-- the target replaces.
create table t (a int, b text);
create function twice(x int) returns int language sql immutable as 'select x * 2';
create statistics s_expr on (a + 1), lower(b) from t;
create statistics s_fn on (twice(a)), b from t;
create statistics s_single on (a * 10) from t;
