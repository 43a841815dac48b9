create function body_changes(x int) returns int language sql as $$ select x + 1 $$;
create function returns_changes(x int) returns int language sql as $$ select x $$;
create function arg_renamed(a int) returns int language plpgsql as $$ begin return a; end $$;
create function dropped() returns void language sql as $$ $$;
create function definer() returns text language sql as $$ select current_user::text $$;
create function configured() returns text language sql stable as $$ select current_setting('search_path') $$;
create function overloaded(int) returns int language sql as $$ select 1 $$;
create function overloaded(text) returns int language sql as $$ select 2 $$;
create function strictness(x int) returns int language sql as $$ select x $$;
