set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create schema if not exists "app";

create type "app"."kind" as enum ('a', 'b');

create domain "app"."positive" as integer constraint "positive_check" CHECK ((VALUE > 0));

create sequence "app"."ids";

create table "app"."child" (
    "pid" integer
);


create table "app"."parent" (
    "id" integer not null default nextval('app.ids'::regclass),
    "k" app.kind,
    "n" app.positive
);


CREATE UNIQUE INDEX parent_pkey ON app.parent USING btree (id);

alter table "app"."parent" add constraint "parent_pkey" PRIMARY KEY using index "parent_pkey";

alter table "app"."child" add constraint "child_pid_fkey" FOREIGN KEY (pid) REFERENCES app.parent(id) not valid;

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION app.count_parents()
 RETURNS bigint
 LANGUAGE sql
AS $function$ select count(*) from app.parent $function$
;

create or replace view "app"."parent_view" as  SELECT parent.id,
    parent.k
   FROM app.parent;


create or replace view "public"."cross_schema" as  SELECT parent.id
   FROM app.parent;


commit;

begin;

alter table "app"."child" validate constraint "child_pid_fkey";

commit;

