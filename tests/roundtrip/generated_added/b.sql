create table t (a int, b int, c int generated always as (a * b) stored);
