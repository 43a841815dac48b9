set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop view if exists "public"."added";

drop view if exists "public"."appended";

drop view if exists "public"."renamed";

drop view if exists "public"."retyped";

create or replace view "public"."dropped" as  SELECT t.id,
    t.name,
    t.price
   FROM t;


create or replace view "public"."appended" as  SELECT t.id
   FROM t;


create or replace view "public"."body_only" as  SELECT t.id
   FROM t
  WHERE (t.id > 0);


create or replace view "public"."checked" as  SELECT t.id,
    t.price
   FROM t
  WHERE (t.price > (0)::numeric);


create or replace view "public"."renamed" as  SELECT t.id,
    t.name
   FROM t;


create or replace view "public"."retyped" as  SELECT t.id,
    t.name
   FROM t;


commit;

