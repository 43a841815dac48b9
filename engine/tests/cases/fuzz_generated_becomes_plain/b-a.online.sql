set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."tab11" drop column "c15";

alter table "public"."tab11" add column "c14" character varying(30);

alter table "public"."tab11" add column "c15" text not null generated always as (lower((c14)::text)) stored;

commit;

-- warning: online: statement 6 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."tab11" add column "c15" text not null generated always as (lower((c14)::text)) stored;
