set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."tab6" drop column "Order c8";

alter table "public"."tab6" add column "Order id7" text not null;

alter table "public"."tab6" add column "Order c8" text generated always as (lower("Order id7")) stored;

commit;

CREATE UNIQUE INDEX CONCURRENTLY pk10 ON public.tab6 USING btree ("Order id7");

begin;

alter table "public"."tab6" add constraint "pk10" PRIMARY KEY using index "pk10";

alter table "public"."tab6" add constraint "ck12" CHECK (("Order id7" = ANY (ARRAY['v1'::text, 'v2'::text, 'v3'::text]))) not valid;

commit;

begin;

alter table "public"."tab6" validate constraint "ck12";

commit;

-- warning: online: statement 5 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."tab6" add column "Order id7" text not null;
-- warning: online: statement 6 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."tab6" add column "Order c8" text generated always as (lower("Order id7")) stored;
