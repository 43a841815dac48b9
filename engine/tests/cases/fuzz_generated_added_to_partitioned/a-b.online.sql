set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."user tab5" alter column "c9" set data type integer using "c9"::integer;

alter table "public"."user tab5" alter column "c9" set maxvalue 2147483647;

alter table "public"."user tab5" add column "c24" numeric not null generated always as (((c9)::bigint + 1)) stored;

comment on table "public"."user tab5" is 'changed 88';

commit;

-- warning: online: statement 4 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."user tab5" alter column "c9" set data type integer using "c9"::integer;
-- warning: online: statement 6 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."user tab5" add column "c24" numeric not null generated always as (((c9)::bigint + 1)) stored;
