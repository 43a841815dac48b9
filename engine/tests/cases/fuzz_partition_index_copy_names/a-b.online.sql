set lock_timeout = '5s';

set statement_timeout = '15min';

drop index concurrently if exists "public"."ix24";

begin;

alter index "public"."line_item part20_id15_idx" rename to "line_item part20_id15_idx1";

alter index "public"."q""x part19_id15_idx" rename to "q""x part19_id15_idx1";

CREATE INDEX ix24 ON public."line_item tab14" USING btree (id15) WHERE 
CASE
    WHEN (id15 > 100) THEN false
    ELSE true
END;

commit;

