set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."t tab11" drop column "q""x c23";

alter table "public"."t tab11" drop column "c14";

alter table "public"."t tab11" add column "id12" text not null;

alter table "public"."t tab11" add column "c14" text generated always as (lower(id12)) stored;

commit;

CREATE UNIQUE INDEX CONCURRENTLY pk17 ON public."t tab11" USING btree (id12);

begin;

alter table "public"."t tab11" add constraint "pk17" PRIMARY KEY using index "pk17";

commit;

-- warning: online: statement 6 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t tab11" add column "id12" text not null;
-- warning: online: statement 7 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t tab11" add column "c14" text generated always as (lower(id12)) stored;
