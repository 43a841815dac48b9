create table log (msg text);
create procedure write_log(m text) language sql security definer set search_path = public as $$ insert into log values (upper(m)) $$;
create procedure added(inout n int) language plpgsql as $$ begin n := n + 1; end $$;
