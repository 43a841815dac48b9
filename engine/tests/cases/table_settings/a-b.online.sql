set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop table "public"."gone";

create table "public"."added" (
    "a" integer,
    "b" text
);


alter table only "public"."added" alter column "a" set statistics 7;

alter table only "public"."added" alter column "a" set (n_distinct=-1);

alter table only "public"."added" alter column "b" set storage main;

alter table only "public"."added" replica identity nothing;

alter table only "public"."p" alter column "b" set storage main;

alter table only "public"."p2" alter column "b" set storage main;

alter table "public"."t" alter column "e" set data type text using "e"::text;

alter table only "public"."t" alter column "b" set statistics 200;

alter table only "public"."t" alter column "b" set storage external;

alter table only "public"."t" alter column "c" reset (n_distinct_inherited);

alter table only "public"."t" alter column "c" set (n_distinct=5);

alter table only "public"."t" replica identity full;

alter table "public"."t" cluster on "t_pkey";

alter table "public"."u" set without cluster;

alter table "public"."u" replica identity using index "u_a";

alter index "public"."u_expr" alter column 1 set statistics 300;

alter materialized view "public"."mv" cluster on "mv_x";

commit;

