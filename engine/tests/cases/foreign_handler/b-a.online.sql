set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter foreign data wrapper "w" no handler no validator;

alter server "s" options (drop "host", drop "dbname");

drop server if exists "other";

commit;

