set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."t" add constraint "a_not_null_ce7bbf" check ("a" is not null) not valid;

alter table "public"."t" alter column "b" drop not null;

commit;

begin;

alter table "public"."t" validate constraint "a_not_null_ce7bbf";

alter table "public"."t" alter column "a" set not null;

alter table "public"."t" drop constraint "a_not_null_ce7bbf";

commit;

