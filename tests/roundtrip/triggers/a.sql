create table t (id int, updated timestamptz);
create function touch() returns trigger language plpgsql as $$ begin new.updated := now(); return new; end $$;
create function audit() returns trigger language plpgsql as $$ begin return null; end $$;
create trigger t_touch before update on t for each row execute function touch();
create trigger t_gone after insert on t for each statement execute function audit();
create trigger t_changes after delete on t for each row execute function audit();
create trigger t_disabled after update on t for each row execute function audit();
create trigger t_enabled after insert on t for each row execute function audit();
alter table t disable trigger t_enabled;
