create table t1 (id int primary key, v text);
create table t2 (id int primary key);
create table t3 (id int primary key);
create table added (id int primary key);
create publication keep for table t1, t3, added with (publish = 'insert, update', publish_via_partition_root = true);
create publication switch for all tables;
create publication everything for all tables with (publish = 'delete');
create publication empty;
comment on publication keep is 'still kept';
