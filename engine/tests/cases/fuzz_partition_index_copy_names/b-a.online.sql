set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop index if exists "public"."ix24";

alter index "public"."line_item part20_id15_idx1" rename to "line_item part20_id15_idx";

alter index "public"."q""x part19_id15_idx1" rename to "q""x part19_id15_idx";

commit;

CREATE INDEX CONCURRENTLY ix24 ON public."x-y tab5" USING btree ("item f3"(("x-y c7")::integer));

