set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."t" alter column "a" set default 2;

alter table "public"."t" alter column "b" set default 'hello'::text;

alter table "public"."t" alter column "c" drop default;

commit;

