-- Extended statistics: kinds that change, one dropped, targets set, changed and reset, one in
-- another schema than its table, one on a column the target drops.
create table t (a int, b int, c text, d date);
create statistics s_kinds (ndistinct) on a, b from t;
comment on statistics s_kinds is 'pairs';
create statistics s_gone on a, c from t;
create statistics s_target (dependencies) on b, c from t;
create statistics s_reset on a, d from t;
alter statistics s_reset set statistics 200;
create schema other;
create statistics other.s_elsewhere (mcv) on c, d from t;
create table u (x int, y int);
create statistics s_column_dropped on x, y from u;
