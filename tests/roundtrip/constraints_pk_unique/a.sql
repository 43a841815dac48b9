create table t (id int primary key, code text unique, a int, b int);
create table u (x int, y int, constraint u_pk primary key (x));
create table v (id int);
