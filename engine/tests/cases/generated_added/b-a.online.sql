set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."t" alter column "c" drop expression;

commit;

