create table t (a int primary key, b text, c int, e text);
alter table t
    alter column b set statistics 200,
    alter column b set storage external,
    alter column c set (n_distinct = 5),
    alter column e set statistics 10;
alter table t replica identity full;
alter table t cluster on t_pkey;
create table u (a int not null, b int);
create unique index u_a on u (a);
create index u_expr on u ((a + b));
alter index u_expr alter column 1 set statistics 300;
alter table u replica identity using index u_a;
create table p (a int, b text) partition by list (a);
create table p1 partition of p for values in (1);
alter table only p alter column b set storage main;
create table p2 partition of p for values in (2);
create materialized view mv as select 1 as x;
create index mv_x on mv (x);
alter materialized view mv cluster on mv_x;
create table added (a int, b text);
alter table added alter column b set storage main, alter column a set statistics 7, alter column a set (n_distinct = -1);
alter table added replica identity nothing;
