set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."tab5" alter column "id6" set data type integer using "id6"::integer;

commit;

-- warning: online: statement 4 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."tab5" alter column "id6" set data type integer using "id6"::integer;
