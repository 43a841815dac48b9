alter table "public"."t tab11" drop column "q""x c23";

alter table "public"."t tab11" drop column "c14";

alter table "public"."t tab11" add column "id12" text not null;

alter table "public"."t tab11" add column "c14" text generated always as (lower(id12)) stored;

CREATE UNIQUE INDEX pk17 ON public."t tab11" USING btree (id12);

alter table "public"."t tab11" add constraint "pk17" PRIMARY KEY using index "pk17";

