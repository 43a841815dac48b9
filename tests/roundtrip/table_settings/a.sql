-- Statistics targets, storage, attribute options, replica identity and CLUSTER ON, each set,
-- changed or reset; a column whose type changes keeps its target and loses its storage.
create table t (a int primary key, b text, c int, e varchar(10));
alter table t
    alter column b set statistics 100,
    alter column c set (n_distinct = 3, n_distinct_inherited = 2),
    alter column b set storage main,
    alter column e set storage external,
    alter column e set statistics 10;
create table u (a int not null, b int);
create unique index u_a on u (a);
create index u_expr on u ((a + b));
alter table u cluster on u_a;
alter index u_expr alter column 1 set statistics 30;
create table p (a int, b text) partition by list (a);
create table p1 partition of p for values in (1);
create table p2 partition of p for values in (2);
create materialized view mv as select 1 as x;
create index mv_x on mv (x);
create table gone (a int, b text);
alter table gone alter column b set storage plain, alter column a set statistics 5;
