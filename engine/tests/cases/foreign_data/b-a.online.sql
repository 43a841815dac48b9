set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create foreign data wrapper "gone";

alter foreign data wrapper "kept" validator "public"."fdw_check" options (add "a" '1', set "b" '2', add "d" '5', drop "c");

create server "s_gone" foreign data wrapper "gone";

alter server "s_alter" version '1' options (set "host" 'a', add "port" '1', drop "dbname");

create user mapping for public server "s_alter" options ("user" 'x');

create user mapping for public server "s_gone";

alter user mapping for "migra_test" server "s_alter" options (set "user" 'u');

drop user mapping if exists for public server "s_added";

drop user mapping if exists for "migra_test" server "s_retype";

drop server if exists "s_added";

drop server if exists "s_retype";

create server "s_retype" type 'x' foreign data wrapper "kept";

create user mapping for "migra_test" server "s_retype" options ("user" 'r');

drop foreign data wrapper if exists "added";

comment on server "s_alter" is 'old';

commit;

