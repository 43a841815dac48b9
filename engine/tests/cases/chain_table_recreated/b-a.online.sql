set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop view if exists "public"."v";

drop table "public"."t_all";

drop table "public"."t";

create table "public"."t" (
    "id" integer not null,
    "at" date
);


CREATE UNIQUE INDEX t_pkey ON public.t USING btree (id);

alter table "public"."t" add constraint "t_pkey" PRIMARY KEY using index "t_pkey";

alter table "public"."ref" add constraint "ref_tid_fkey" FOREIGN KEY (tid) REFERENCES t(id) not valid;

create or replace view "public"."v" as  SELECT t.id
   FROM t;


commit;

begin;

alter table "public"."ref" validate constraint "ref_tid_fkey";

commit;

