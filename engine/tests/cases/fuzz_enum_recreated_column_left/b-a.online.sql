set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter type "public"."ty2" rename to "ty2__old_version_to_be_dropped";

create type "public"."ty2" as enum ('l1', 'l2', 'l3');

alter table "public"."tab18" drop column "c33";

drop type "public"."ty2__old_version_to_be_dropped";

commit;

