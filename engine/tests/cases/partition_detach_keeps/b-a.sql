drop index if exists "public"."sales_2023_region_idx";

alter table "public"."sales" attach partition "public"."sales_2023" FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');

