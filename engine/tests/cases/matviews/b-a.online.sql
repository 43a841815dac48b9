set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop index if exists "public"."totals_total";

drop index if exists "public"."totals_id";

drop materialized view if exists "public"."added";

drop materialized view if exists "public"."totals";

create materialized view "public"."dropped" as  SELECT 1 AS one;


create materialized view "public"."totals" as  SELECT t.id,
    sum(t.v) AS total
   FROM t
  GROUP BY t.id;


CREATE UNIQUE INDEX totals_id ON public.totals USING btree (id);

commit;

