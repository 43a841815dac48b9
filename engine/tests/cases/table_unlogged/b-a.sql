drop table "public"."scratch";

alter table "public"."cache" set logged;

alter table "public"."log" set unlogged;

