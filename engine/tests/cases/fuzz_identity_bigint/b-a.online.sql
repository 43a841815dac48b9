set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."tab26" alter column "c28" set data type bigint using "c28"::bigint;

alter table "public"."tab26" alter column "c28" set maxvalue 9223372036854775807;

commit;

-- warning: online: statement 4 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."tab26" alter column "c28" set data type bigint using "c28"::bigint;
