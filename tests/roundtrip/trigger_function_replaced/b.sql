create table t (id int);
create function audit() returns trigger language plpgsql security definer as $$ begin raise notice 'x'; return null; end $$;
create trigger t_audit after insert on t for each row execute function audit();
