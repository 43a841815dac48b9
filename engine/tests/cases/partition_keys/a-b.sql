alter table "public"."flat" drop constraint "flat_pkey";

drop index if exists "public"."flat_pkey";

drop index if exists "public"."events_kind";

create table "public"."events_2025" partition of "public"."events" FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');


drop table "public"."flat";

create table "public"."flat" (
    "id" integer,
    "at" date
) partition by RANGE (at);


create table "public"."flat_all" partition of "public"."flat" DEFAULT;


CREATE INDEX events_kind ON public.events USING btree (kind, id);

