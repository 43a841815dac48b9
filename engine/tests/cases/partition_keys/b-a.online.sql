set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop index if exists "public"."events_kind";

drop table "public"."events_2025";

drop table "public"."flat_all";

drop table "public"."flat";

create table "public"."flat" (
    "id" integer not null,
    "at" date
);


CREATE UNIQUE INDEX flat_pkey ON public.flat USING btree (id);

CREATE INDEX events_kind ON public.events USING btree (kind);

alter table "public"."flat" add constraint "flat_pkey" PRIMARY KEY using index "flat_pkey";

commit;

