set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."sales" attach partition "public"."sales_2023" FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

alter table "public"."sales" detach partition "public"."sales_2024";

alter table "public"."sales_2024" drop constraint "sales_2024_pkey";

drop index if exists "public"."sales_2024_amount_idx";

commit;

-- warning: online: statement 4 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."sales" attach partition "public"."sales_2023" FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
