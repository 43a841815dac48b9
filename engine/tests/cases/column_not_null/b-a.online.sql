set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."t" alter column "a" drop not null;

alter table "public"."t" add constraint "b_not_null_9032e7" check ("b" is not null) not valid;

commit;

begin;

alter table "public"."t" validate constraint "b_not_null_9032e7";

alter table "public"."t" alter column "b" set not null;

alter table "public"."t" drop constraint "b_not_null_9032e7";

commit;

