set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."sales" detach partition "public"."sales_2023";

drop index if exists "public"."sales_2023_region_idx";

commit;

CREATE INDEX CONCURRENTLY sales_2023_region_idx ON public.sales_2023 USING btree (region, sold);

