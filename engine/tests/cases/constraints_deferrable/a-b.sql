alter table "public"."s" drop constraint "s_rid_fkey";

alter table "public"."t" drop constraint "t_code";

drop index if exists "public"."t_code";

CREATE UNIQUE INDEX t_code ON public.t USING btree (code);

alter table "public"."s" add constraint "s_rid_fkey" FOREIGN KEY (rid) REFERENCES r(id) DEFERRABLE not valid;

alter table "public"."s" validate constraint "s_rid_fkey";

alter table "public"."t" add constraint "t_code" UNIQUE using index "t_code" DEFERRABLE INITIALLY DEFERRED;

