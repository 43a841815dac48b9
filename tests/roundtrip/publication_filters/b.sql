create schema s1;
create schema s2;
create schema s3;
create table t (id int primary key, a text, b int);
create table u (id int primary key, x int);
create publication cols for table t (id, b) where (b < 10), u where (x > 1);
create publication by_schema for tables in schema s2, s3;
