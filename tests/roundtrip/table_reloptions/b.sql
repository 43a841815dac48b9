create table hot (id int, v text) with (fillfactor = 90, autovacuum_vacuum_scale_factor = 0.01);
create table plain (id int) with (fillfactor = 50);
create table tuned (id int);
