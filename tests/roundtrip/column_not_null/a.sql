create table t (id int not null, a int, b int not null);
