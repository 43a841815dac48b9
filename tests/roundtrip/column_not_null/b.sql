create table t (id int not null, a int not null, b int);
