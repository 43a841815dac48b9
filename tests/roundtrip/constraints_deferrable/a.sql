create table t (id int, code text, constraint t_code unique (code));
create table r (id int primary key);
create table s (rid int, constraint s_rid_fkey foreign key (rid) references r (id));
