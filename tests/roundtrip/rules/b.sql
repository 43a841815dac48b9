-- t_gone dropped, t_ignore_negative's condition changed, t_log_update disabled, "Odd Name"'s
-- comment changed, v_delete added; a table's rule added with the table.
create table t (id int, note text);
create table t_log (id int, at timestamptz default now());
create rule t_ignore_negative as on insert to t where new.id <= 0 do instead nothing;
create rule t_log_update as on update to t do also insert into t_log (id) values (new.id);
alter table t disable rule t_log_update;
create rule "Odd Name" as on insert to t_log where new.id is null do instead nothing;
comment on rule "Odd Name" on t_log is 'nulls are ignored';
create view v as select id, note from t;
create rule v_insert as on insert to v do instead insert into t (id, note) values (new.id, new.note);
create rule v_delete as on delete to v do instead delete from t where t.id = old.id;
create table added (id int);
create rule added_replica as on insert to added do also insert into t_log (id) values (new.id);
alter table added enable replica rule added_replica;
