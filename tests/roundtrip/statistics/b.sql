-- s_kinds gains a kind (dropped and created again, its comment set again), s_gone dropped,
-- s_target's target set, s_reset's back to the default, s_elsewhere commented, s_added created
-- with a target; u.y dropped and s_column_dropped moved to u.z.
create table t (a int, b int, c text, d date);
create statistics s_kinds (ndistinct, dependencies) on a, b from t;
comment on statistics s_kinds is 'pairs';
create statistics s_target (dependencies) on b, c from t;
alter statistics s_target set statistics 500;
create statistics s_reset on a, d from t;
create schema other;
create statistics other.s_elsewhere (mcv) on c, d from t;
comment on statistics other.s_elsewhere is 'elsewhere';
create statistics s_added on b, d from t;
alter statistics s_added set statistics 0;
create table u (x int, z int);
create statistics s_column_dropped on x, z from u;
