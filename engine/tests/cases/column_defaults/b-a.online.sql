set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."t" alter column "a" set default 1;

alter table "public"."t" alter column "b" drop default;

alter table "public"."t" alter column "c" set default now();

commit;

