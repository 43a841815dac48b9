set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop policy "pol11" on "public"."tab5";

alter table "public"."tab5" drop constraint "pk9";

drop table "public"."part40";

drop table "public"."part41";

drop table "public"."tab5";

create table "public"."tab5" (
    "id6" bigint not null,
    "c7" integer,
    "a b c8" numeric generated always as (f3((c7)::bigint)) stored
);


alter table "public"."tab5" enable row level security;

CREATE UNIQUE INDEX uq10 ON public.tab5 USING btree (c7);

CREATE UNIQUE INDEX pk9 ON public.tab5 USING btree (id6);

alter table "public"."tab5" add constraint "pk9" PRIMARY KEY using index "pk9";

alter table "public"."tab5" add constraint "uq10" UNIQUE using index "uq10";

create policy "pol11"
on "public"."tab5"
as permissive
for all
to public
using (("a b c8" > (0)::numeric));


commit;

