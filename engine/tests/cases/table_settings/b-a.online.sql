set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop table "public"."added";

create table "public"."gone" (
    "a" integer,
    "b" text
);


alter table only "public"."gone" alter column "a" set statistics 5;

alter table only "public"."gone" alter column "b" set storage plain;

alter table only "public"."p" alter column "b" set storage extended;

alter table only "public"."p2" alter column "b" set storage extended;

alter table "public"."t" alter column "e" set data type character varying(10) using "e"::character varying(10);

alter table only "public"."t" alter column "b" set statistics 100;

alter table only "public"."t" alter column "b" set storage main;

alter table only "public"."t" alter column "c" set (n_distinct=3, n_distinct_inherited=2);

alter table only "public"."t" alter column "e" set storage external;

alter table only "public"."t" replica identity default;

alter table only "public"."u" replica identity default;

alter table "public"."t" set without cluster;

alter table "public"."u" cluster on "u_a";

alter index "public"."u_expr" alter column 1 set statistics 30;

alter materialized view "public"."mv" set without cluster;

commit;

-- warning: online: statement 10 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "e" set data type character varying(10) using "e"::character varying(10);
