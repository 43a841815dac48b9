set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop view if exists "public"."dropped";

drop view if exists "public"."renamed";

drop view if exists "public"."retyped";

create or replace view "public"."added" as  SELECT t.name
   FROM t
  ORDER BY t.name;


create or replace view "public"."appended" as  SELECT t.id,
    t.name,
    t.price
   FROM t;


create or replace view "public"."body_only" as  SELECT t.id
   FROM t
  WHERE (t.id > 1);


create or replace view "public"."checked" as  SELECT t.id,
    t.price
   FROM t
  WHERE (t.price > (0)::numeric) with local check option;


create or replace view "public"."renamed" as  SELECT t.id AS ident,
    t.name
   FROM t;


create or replace view "public"."retyped" as  SELECT (t.id)::text AS id,
    t.name
   FROM t;


commit;

