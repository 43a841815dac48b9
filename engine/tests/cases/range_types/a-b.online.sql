set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create type "public"."timerange" as range (subtype = time without time zone);

alter table "public"."measurement" add column "t" timerange;

drop type "public"."dropped_range";

commit;

