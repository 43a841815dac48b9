set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."tab26" alter column "c28" set data type integer using "c28"::integer;

alter table "public"."tab26" alter column "c28" set maxvalue 2147483647;

commit;

-- warning: online: statement 4 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."tab26" alter column "c28" set data type integer using "c28"::integer;
