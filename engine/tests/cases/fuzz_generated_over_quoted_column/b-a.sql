alter table "public"."tab6" drop column "c8";

alter table "public"."tab6" drop column "user c9";

alter table "public"."tab6" add column "q""x id7" text not null;

alter table "public"."tab6" add column "c8" text generated always as (lower("q""x id7")) stored;

alter table "public"."tab6" add column "user c9" text generated always as (lower("q""x id7")) stored;

CREATE UNIQUE INDEX pk10 ON public.tab6 USING btree ("q""x id7");

alter table "public"."tab6" add constraint "pk10" PRIMARY KEY using index "pk10";

alter table "public"."tab6" add constraint "x-y ck11" CHECK (("q""x id7" ~~ 'v%'::text)) not valid;

alter table "public"."tab6" validate constraint "x-y ck11";

