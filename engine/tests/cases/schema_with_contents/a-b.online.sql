set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "app"."child" drop constraint "child_pid_fkey";

drop function if exists "app"."count_parents"();

drop view if exists "app"."parent_view";

drop view if exists "public"."cross_schema";

alter table "app"."parent" drop constraint "parent_pkey";

drop index if exists "app"."parent_pkey";

drop table "app"."child";

drop table "app"."parent";

drop sequence if exists "app"."ids";

drop type "app"."kind";

drop domain "app"."positive";

drop schema if exists "app";

commit;

