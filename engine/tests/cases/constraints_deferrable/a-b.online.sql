set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."s" drop constraint "s_rid_fkey";

alter table "public"."t" drop constraint "t_code";

commit;

drop index concurrently if exists "public"."t_code";

CREATE UNIQUE INDEX CONCURRENTLY t_code ON public.t USING btree (code);

begin;

alter table "public"."s" add constraint "s_rid_fkey" FOREIGN KEY (rid) REFERENCES r(id) DEFERRABLE not valid;

alter table "public"."t" add constraint "t_code" UNIQUE using index "t_code" DEFERRABLE INITIALLY DEFERRED;

commit;

begin;

alter table "public"."s" validate constraint "s_rid_fkey";

commit;

