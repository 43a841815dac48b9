drop view if exists "public"."v";

alter table "public"."t" alter column "amount" set data type bigint using "amount"::bigint;

create or replace view "public"."v" as  SELECT t.id,
    t.amount
   FROM t;


