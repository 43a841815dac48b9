alter table "public"."tab18" add column "line_item id19" text not null;

alter table "public"."tab18" add column "c22" text generated always as (f3("line_item id19")) stored;

CREATE UNIQUE INDEX pk23 ON public.tab18 USING btree ("line_item id19");

alter table "public"."tab18" add constraint "pk23" PRIMARY KEY using index "pk23";

