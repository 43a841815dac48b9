set lock_timeout = '5s';

set statement_timeout = '15min';

drop index concurrently if exists "public"."sales_2023_region_idx";

begin;

alter table "public"."sales" attach partition "public"."sales_2023" FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

commit;

-- warning: online: statement 5 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."sales" attach partition "public"."sales_2023" FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
