-- Publications: created, dropped, tables added and removed, options changed, FOR ALL TABLES
-- switched (dropped and created again), a table dropped with the publication naming it.
create table t1 (id int primary key, v text);
create table t2 (id int primary key);
create table t3 (id int primary key);
create table gone (id int primary key);
create publication keep for table t1, gone with (publish = 'insert');
create publication dropped for table t2;
create publication switch for table t1;
create publication everything for all tables;
comment on publication keep is 'kept';
