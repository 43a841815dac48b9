set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."tab18" add column "line_item id19" text not null;

alter table "public"."tab18" add column "c22" text generated always as (f3("line_item id19")) stored;

commit;

CREATE UNIQUE INDEX CONCURRENTLY pk23 ON public.tab18 USING btree ("line_item id19");

begin;

alter table "public"."tab18" add constraint "pk23" PRIMARY KEY using index "pk23";

commit;

-- warning: online: statement 4 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."tab18" add column "line_item id19" text not null;
-- warning: online: statement 5 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."tab18" add column "c22" text generated always as (f3("line_item id19")) stored;
