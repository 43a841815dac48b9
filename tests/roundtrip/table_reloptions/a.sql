create table hot (id int, v text) with (fillfactor = 70);
create table plain (id int);
create table tuned (id int) with (autovacuum_enabled = false, toast.autovacuum_enabled = false);
