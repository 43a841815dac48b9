set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."t" drop column "c";

alter table "public"."t" add column "c" integer generated always as ((a * b)) stored;

commit;

-- warning: online: statement 5 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" add column "c" integer generated always as ((a * b)) stored;
