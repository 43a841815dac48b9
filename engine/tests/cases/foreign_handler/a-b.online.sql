set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter foreign data wrapper "w" handler "public"."postgres_fdw_handler" validator "public"."postgres_fdw_validator";

create server "other" foreign data wrapper "postgres_fdw" options ("host" 'other.example');

alter server "s" options (add "host" 'db.example', add "dbname" 'app');

commit;

