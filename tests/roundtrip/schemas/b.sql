create schema kept;
create schema added;
create table kept.t (id int);
create table added.t (id int);
