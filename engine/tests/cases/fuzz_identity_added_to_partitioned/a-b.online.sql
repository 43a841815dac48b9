set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."select tab16" add column "c45" integer not null;

alter table only "public"."select tab16" alter column "c45" add generated always as identity;

commit;

-- warning: online: statement 4 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."select tab16" add column "c45" integer not null;
