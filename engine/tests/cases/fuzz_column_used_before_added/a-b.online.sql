set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."tab18" drop constraint "pk23";

commit;

drop index concurrently if exists "public"."pk23";

begin;

alter table "public"."tab18" drop column "c22";

alter table "public"."tab18" drop column "line_item id19";

commit;

