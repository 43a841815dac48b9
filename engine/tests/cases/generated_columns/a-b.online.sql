set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."t" drop column "expression_changes";

alter table "public"."t" alter column "becomes_plain" drop expression;

alter table "public"."t" add column "expression_changes" integer generated always as ((a + 2)) stored;

commit;

-- warning: online: statement 6 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" add column "expression_changes" integer generated always as ((a + 2)) stored;
