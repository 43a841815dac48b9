set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop table "public"."a b part35";

drop table "public"."part36";

alter table "public"."tab6" alter column "c8" drop default;

drop table "public"."tab6";

alter domain "s1"."ty2" rename to "ty2__old_version_to_be_dropped";

create domain "s1"."ty2" as character varying(40);

drop domain "s1"."ty2__old_version_to_be_dropped";

create table "public"."tab6" (
    "id7" bigint not null,
    "c8" s1.ty2 default (upper('x'::text))::s1.ty2,
    "c9" numeric generated always as ((id7 + 1)) stored
);


CREATE UNIQUE INDEX uq10 ON public.tab6 USING btree (c8);

alter table "public"."tab6" add constraint "uq10" UNIQUE using index "uq10";

alter table "public"."tab6" alter column "c8" set default (upper('x'::text))::s1.ty2;

commit;

