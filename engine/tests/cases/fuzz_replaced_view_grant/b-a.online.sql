set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop view if exists "s1"."Order v38";

create or replace view "s1"."Order v38" as  SELECT lower(tab21.id22) AS vc37
   FROM s1.tab21
  WHERE (tab21.c23 <> '{}'::text[]);


grant select on table "s1"."Order v38" to "schemainspect_test_role";

commit;

