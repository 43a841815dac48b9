set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop table "public"."measurement_default";

drop table "public"."region_us";

alter table "public"."measurement" detach partition "public"."measurement_2022";

alter table "public"."measurement" attach partition "public"."measurement_old" FOR VALUES FROM ('2000-01-01') TO ('2020-01-01');

alter table "public"."region" detach partition "public"."region_eu";

alter table "public"."region" attach partition "public"."region_eu" FOR VALUES IN ('eu');

commit;

-- warning: online: statement 7 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."measurement" attach partition "public"."measurement_old" FOR VALUES FROM ('2000-01-01') TO ('2020-01-01');
-- warning: online: statement 9 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."region" attach partition "public"."region_eu" FOR VALUES IN ('eu');
