set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."sales" detach partition "public"."sales_2023";

alter table "public"."sales_2023" drop constraint "sales_2023_pkey";

drop index if exists "public"."sales_2023_amount_idx";

alter table "public"."sales" attach partition "public"."sales_2024" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

commit;

-- warning: online: statement 7 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."sales" attach partition "public"."sales_2024" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
