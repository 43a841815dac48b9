set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."tab6" drop constraint "x-y ck11";

alter table "public"."tab6" drop constraint "pk10";

commit;

drop index concurrently if exists "public"."pk10";

begin;

alter table "public"."tab6" alter column "c8" drop expression;

alter table "public"."tab6" alter column "user c9" drop expression;

alter table "public"."tab6" drop column "q""x id7";

commit;

