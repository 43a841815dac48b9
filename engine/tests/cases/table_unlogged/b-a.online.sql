set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop table "public"."scratch";

alter table "public"."cache" set logged;

alter table "public"."log" set unlogged;

commit;

-- warning: online: statement 5 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."cache" set logged;
-- warning: online: statement 6 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."log" set unlogged;
