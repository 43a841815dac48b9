-- NOT NULL constraint names (PostgreSQL 18 keeps them as pg_constraint rows): renamed, given
-- when set, dropped back to the default; a child that sets its own before its parent keeps its
-- name (PG18 fuzz seed 24), one that sets it after takes the parent's (seed 23).
create table t (
    a int constraint t_a_custom not null,
    b int not null,
    c int,
    d int constraint d_named not null
);
create table u (x int not null);
create table p2 (a int);
create table c2 (a int) inherits (p2);
create table p3 (a int);
create table c3 (a int) inherits (p3);
