create function on_ddl() returns event_trigger language plpgsql as $$ begin null; end $$;
create event trigger ddl_gone on ddl_command_end execute function on_ddl();
create event trigger ddl_changed on ddl_command_start when tag in ('CREATE TABLE') execute function on_ddl();
create event trigger ddl_disabled on sql_drop execute function on_ddl();
