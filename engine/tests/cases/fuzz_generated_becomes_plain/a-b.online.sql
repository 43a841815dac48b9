set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."tab11" alter column "c15" drop expression;

alter table "public"."tab11" drop column "c14";

commit;

