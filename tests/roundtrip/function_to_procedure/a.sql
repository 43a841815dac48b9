create function job() returns void language sql as $$ select 1 $$;
