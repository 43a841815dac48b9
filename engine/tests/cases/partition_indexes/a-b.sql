alter table "public"."sales" detach partition "public"."sales_2023";

alter table "public"."sales_2023" drop constraint "sales_2023_pkey";

drop index if exists "public"."sales_2023_amount_idx";

alter table "public"."sales" attach partition "public"."sales_2024" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

