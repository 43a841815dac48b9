create foreign data wrapper "added";

alter foreign data wrapper "kept" validator "public"."fdw_check_more" options (set "b" '3', add "c" '4', drop "a", drop "d");

create server "s_added" type 't' foreign data wrapper "added" options ("x" 'y');

alter server "s_alter" version '2' options (set "host" 'b', add "dbname" 'd', drop "port");

create user mapping for public server "s_added" options ("user" 'n');

alter user mapping for "migra_test" server "s_alter" options (set "user" 'v');

drop user mapping if exists for public server "s_alter";

drop user mapping if exists for public server "s_gone";

drop user mapping if exists for "migra_test" server "s_retype";

drop server if exists "s_gone";

drop server if exists "s_retype";

create server "s_retype" type 'y' foreign data wrapper "kept";

create user mapping for "migra_test" server "s_retype" options ("user" 'r');

drop foreign data wrapper if exists "gone";

comment on foreign data wrapper "added" is 'fresh';

comment on server "s_alter" is 'new';

