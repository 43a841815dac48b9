create table t (id int, code text, a int, b int, constraint t_pkey primary key (id, a), constraint t_ab unique (a, b));
create table u (x int, y int not null, constraint u_pk primary key (y));
create table v (id int primary key);
