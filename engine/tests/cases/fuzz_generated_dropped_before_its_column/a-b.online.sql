set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."t tab11" drop constraint "pk17";

commit;

drop index concurrently if exists "public"."pk17";

begin;

alter table "public"."t tab11" alter column "c14" drop expression;

alter table "public"."t tab11" drop column "id12";

alter table "public"."t tab11" add column "q""x c23" text generated always as (lower(c14)) stored;

commit;

-- warning: online: statement 10 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t tab11" add column "q""x c23" text generated always as (lower(c14)) stored;
