drop view if exists "public"."v";

alter table "public"."t" alter column "amount" set data type integer using "amount"::integer;

create or replace view "public"."v" as  SELECT t.id,
    t.amount
   FROM t;


