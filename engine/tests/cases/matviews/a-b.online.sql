set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop index if exists "public"."totals_id";

drop materialized view if exists "public"."dropped";

drop materialized view if exists "public"."totals";

create materialized view "public"."added" as  SELECT 2 AS two;


create materialized view "public"."totals" as  SELECT t.id,
    sum(t.v) AS total,
    count(*) AS n
   FROM t
  GROUP BY t.id;


CREATE INDEX totals_total ON public.totals USING btree (total);

CREATE UNIQUE INDEX totals_id ON public.totals USING btree (id);

commit;

