set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create unlogged table "public"."scratch" (
    "x" integer
);


alter table "public"."cache" set unlogged;

alter table "public"."log" set logged;

commit;

-- warning: online: statement 5 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."cache" set unlogged;
-- warning: online: statement 6 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."log" set logged;
