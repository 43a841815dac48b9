create table t (id int, a int default 2, b text default 'hello', c timestamptz, d int default 5);
