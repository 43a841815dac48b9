create table t (
    a int,
    b int,
    stays_generated int generated always as (a * 2) stored,
    becomes_plain int generated always as (a + b) stored,
    expression_changes int generated always as (a + 1) stored
);
-- A column that generated columns use changes type (found by the generated pairs of issue 15,
-- seed 5): PostgreSQL refuses the type change while they exist, so they are dropped first and
-- added again after it, the one whose expression prints the same and the one whose does not.
create table retyped (
    k int,
    same_text numeric generated always as (k * 2) stored,
    new_text numeric generated always as (k::bigint + 1) stored
);
