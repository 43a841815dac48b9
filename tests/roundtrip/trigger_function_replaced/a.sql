create table t (id int);
create function audit() returns trigger language plpgsql as $$ begin return null; end $$;
create trigger t_audit after insert on t for each row execute function audit();
