create schema kept;
create schema dropped;
create table kept.t (id int);
create table dropped.t (id int);
