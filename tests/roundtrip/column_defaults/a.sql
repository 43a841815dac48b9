create table t (id int, a int default 1, b text, c timestamptz default now(), d int default 5);
