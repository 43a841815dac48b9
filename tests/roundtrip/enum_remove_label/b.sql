create type status as enum ('new', 'done');
create table task (id int primary key, state status not null default 'new');
create index task_state on task (state) where state <> 'done';
create view open_tasks as select id, state from task where state = 'new';
