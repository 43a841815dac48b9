create procedure job() language sql as $$ select 1 $$;
