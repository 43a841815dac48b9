alter table "public"."sales" detach partition "public"."sales_2023";

drop index if exists "public"."sales_2023_region_idx";

CREATE INDEX sales_2023_region_idx ON public.sales_2023 USING btree (region, sold);

