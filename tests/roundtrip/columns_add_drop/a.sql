create table t (id int, gone text, kept text, gone_too int[]);
