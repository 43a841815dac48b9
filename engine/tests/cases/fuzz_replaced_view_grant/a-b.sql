drop view if exists "s1"."Order v38";

create or replace view "s1"."Order v38" as  SELECT ((tab27.c29)::bigint + 1) AS "line_item vc44",
    tab27.c31 AS vc45
   FROM s1.tab27;


grant select on table "s1"."Order v38" to "schemainspect_test_role";

