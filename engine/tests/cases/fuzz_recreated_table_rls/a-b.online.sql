set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop policy "pol11" on "public"."tab5";

alter table "public"."tab5" drop constraint "uq10";

alter table "public"."tab5" drop constraint "pk9";

drop index if exists "public"."uq10";

drop index if exists "public"."pk9";

drop table "public"."tab5";

create table "public"."tab5" (
    "id6" bigint not null,
    "c7" integer,
    "a b c8" numeric generated always as (f3((c7)::bigint)) stored
) partition by RANGE (id6);


alter table "public"."tab5" enable row level security;

create table "public"."part40" partition of "public"."tab5" FOR VALUES FROM (MINVALUE) TO ('2');


create table "public"."part41" partition of "public"."tab5" FOR VALUES FROM ('2') TO (MAXVALUE);


alter table "public"."tab5" add constraint "pk9" PRIMARY KEY (id6);

create policy "pol11"
on "public"."tab5"
as permissive
for all
to public
using (("a b c8" > (0)::numeric));


commit;

