set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create table "public"."measurement_default" partition of "public"."measurement" DEFAULT;


create table "public"."region_us" partition of "public"."region" FOR VALUES IN ('us');


alter table "public"."measurement" attach partition "public"."measurement_2022" FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');

alter table "public"."measurement" detach partition "public"."measurement_old";

alter table "public"."region" detach partition "public"."region_eu";

alter table "public"."region" attach partition "public"."region_eu" FOR VALUES IN ('eu', 'uk');

commit;

-- warning: online: statement 6 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."measurement" attach partition "public"."measurement_2022" FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');
-- warning: online: statement 9 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."region" attach partition "public"."region_eu" FOR VALUES IN ('eu', 'uk');
