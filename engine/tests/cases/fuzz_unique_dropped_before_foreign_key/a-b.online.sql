set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "a b s1"."a b tab18" drop constraint "x-y fk29";

alter table "a b s1"."a b tab18" drop constraint "uq24";

alter table "a b s1"."a b tab18" drop constraint "pk23";

drop index if exists "a b s1"."pk23";

drop index if exists "a b s1"."uq24";

drop table "a b s1"."a b tab18";

commit;

