set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."tab6" drop column "c8";

alter table "public"."tab6" drop column "user c9";

alter table "public"."tab6" add column "q""x id7" text not null;

alter table "public"."tab6" add column "c8" text generated always as (lower("q""x id7")) stored;

alter table "public"."tab6" add column "user c9" text generated always as (lower("q""x id7")) stored;

commit;

CREATE UNIQUE INDEX CONCURRENTLY pk10 ON public.tab6 USING btree ("q""x id7");

begin;

alter table "public"."tab6" add constraint "pk10" PRIMARY KEY using index "pk10";

alter table "public"."tab6" add constraint "x-y ck11" CHECK (("q""x id7" ~~ 'v%'::text)) not valid;

commit;

begin;

alter table "public"."tab6" validate constraint "x-y ck11";

commit;

-- warning: online: statement 6 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."tab6" add column "q""x id7" text not null;
-- warning: online: statement 7 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."tab6" add column "c8" text generated always as (lower("q""x id7")) stored;
-- warning: online: statement 8 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."tab6" add column "user c9" text generated always as (lower("q""x id7")) stored;
