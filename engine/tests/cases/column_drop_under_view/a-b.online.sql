set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop view if exists "public"."w";

drop view if exists "public"."v";

alter table "public"."t" drop column "gone";

create or replace view "public"."v" as  SELECT t.id,
    t.kept
   FROM t;


create or replace view "public"."w" as  SELECT v.id
   FROM v;


commit;

