set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."ref" drop constraint "ref_tid_fkey";

drop view if exists "public"."v";

alter table "public"."t" drop constraint "t_pkey";

drop index if exists "public"."t_pkey";

drop table "public"."t";

create table "public"."t" (
    "id" integer,
    "at" date
) partition by RANGE (at);


create table "public"."t_all" partition of "public"."t" DEFAULT;


create or replace view "public"."v" as  SELECT t.id
   FROM t;


commit;

