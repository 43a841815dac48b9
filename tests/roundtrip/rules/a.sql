-- Rules on a table and on a view: one dropped, one whose definition changes, one whose state
-- changes, one commented; the view's INSTEAD rule writes to the table.
create table t (id int, note text);
create table t_log (id int, at timestamptz default now());
create rule t_ignore_negative as on insert to t where new.id < 0 do instead nothing;
create rule t_gone as on delete to t do also delete from t_log where t_log.id = old.id;
create rule t_log_update as on update to t do also insert into t_log (id) values (new.id);
create rule "Odd Name" as on insert to t_log where new.id is null do instead nothing;
comment on rule "Odd Name" on t_log is 'nulls are dropped';
create view v as select id, note from t;
create rule v_insert as on insert to v do instead insert into t (id, note) values (new.id, new.note);
