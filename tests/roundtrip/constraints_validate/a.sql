create table parent (id int primary key);
create table child (id int, pid int);
alter table child add constraint child_pid_fkey foreign key (pid) references parent (id) not valid;
alter table child add constraint child_id_check check (id > 0) not valid;
