set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."tab6" drop constraint "uq10";

alter table "public"."tab6" alter column "c8" drop default;

drop index if exists "public"."uq10";

drop table "public"."tab6";

alter domain "s1"."ty2" rename to "ty2__old_version_to_be_dropped";

create domain "s1"."ty2" as character varying(55);

drop domain "s1"."ty2__old_version_to_be_dropped";

create table "public"."tab6" (
    "id7" bigint not null,
    "c8" s1.ty2 default (upper('x'::text))::s1.ty2,
    "c9" numeric generated always as ((id7 + 1)) stored
) partition by RANGE (id7);


create table "public"."a b part35" partition of "public"."tab6" FOR VALUES FROM (MINVALUE) TO ('2');


create table "public"."part36" partition of "public"."tab6" FOR VALUES FROM ('2') TO (MAXVALUE);


alter table "public"."tab6" alter column "c8" set default (upper('x'::text))::s1.ty2;

commit;

