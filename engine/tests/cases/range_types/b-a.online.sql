set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create type "public"."dropped_range" as range (subtype = integer);

alter table "public"."measurement" drop column "t";

drop type "public"."timerange";

commit;

