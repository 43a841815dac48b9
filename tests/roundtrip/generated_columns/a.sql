create table t (
    a int,
    b int,
    stays_generated int generated always as (a * 2) stored,
    becomes_plain int generated always as (a + b) stored,
    expression_changes int generated always as (a + 1) stored
);
