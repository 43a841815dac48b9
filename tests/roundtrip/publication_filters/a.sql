-- Publications on PostgreSQL 15+: column lists, row filters, TABLES IN SCHEMA.
create schema s1;
create schema s2;
create table t (id int primary key, a text, b int);
create table u (id int primary key, x int);
create publication cols for table t (id, a), u where (x > 0);
create publication by_schema for tables in schema s1;
