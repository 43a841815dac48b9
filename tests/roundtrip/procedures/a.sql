create table log (msg text);
create procedure write_log(m text) language sql as $$ insert into log values (m) $$;
create procedure gone() language plpgsql as $$ begin null; end $$;
