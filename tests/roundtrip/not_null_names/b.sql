-- NOT NULL constraint names (PostgreSQL 18 keeps them as pg_constraint rows): renamed, given
-- when set, dropped back to the default; a child that sets its own before its parent keeps its
-- name (PG18 fuzz seed 24), one that sets it after takes the parent's (seed 23).
create table t (
    a int constraint t_a_renamed not null,
    b int constraint b_named not null,
    c int constraint c_named not null,
    d int not null,
    e int constraint e_named not null
);
create table u (x int constraint u_x_named not null);
create table n (x int constraint n_x_named not null, y int not null);
create table p2 (a int);
create table c2 (a int) inherits (p2);
alter table c2 alter a set not null;
alter table p2 alter a set not null;
create table p3 (a int);
create table c3 (a int) inherits (p3);
alter table p3 alter a set not null;
alter table c3 alter a set not null;
create table pt (a int constraint pt_named not null, b int) partition by range (a);
create table pt1 partition of pt for values from (0) to (10);
