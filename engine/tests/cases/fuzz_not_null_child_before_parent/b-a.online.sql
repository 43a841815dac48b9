set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."tab4" alter column "c8" drop not null;

alter table "public"."tab15" alter column "c8" drop not null;

commit;

