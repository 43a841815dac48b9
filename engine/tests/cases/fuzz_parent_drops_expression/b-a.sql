alter table "public"."tab6" drop column "Order c8";

alter table "public"."tab6" add column "Order id7" text not null;

alter table "public"."tab6" add column "Order c8" text generated always as (lower("Order id7")) stored;

CREATE UNIQUE INDEX pk10 ON public.tab6 USING btree ("Order id7");

alter table "public"."tab6" add constraint "pk10" PRIMARY KEY using index "pk10";

alter table "public"."tab6" add constraint "ck12" CHECK (("Order id7" = ANY (ARRAY['v1'::text, 'v2'::text, 'v3'::text]))) not valid;

alter table "public"."tab6" validate constraint "ck12";

