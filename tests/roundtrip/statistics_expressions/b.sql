-- s_expr's expression changes; twice's argument is renamed (dropped and created again), so s_fn
-- is dropped first and created after; s_single is unchanged.
create table t (a int, b text);
create function twice(y int) returns int language sql immutable as 'select y * 2';
create statistics s_expr on (a + 2), lower(b) from t;
create statistics s_fn on (twice(a)), b from t;
create statistics s_single on (a * 10) from t;
