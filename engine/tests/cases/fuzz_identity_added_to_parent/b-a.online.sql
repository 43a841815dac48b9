set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."tab4" drop column "c25";

commit;

