-- Extended statistics: [{schema, name, definition, statistics_target, owner, comment}].
-- stxstattarget is int4 with -1 for the default on 13 to 16 and a nullable int2 with null for it
-- on 17+: both are read as absent. pg_get_statisticsobjdef prints expressions (14+) as well as
-- columns, and the table.
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'name', s.stxname,
    'definition', pg_get_statisticsobjdef(s.oid),
    'statistics_target', nullif(coalesce(s.stxstattarget::int, -1), -1),
    'owner', pg_get_userbyid(s.stxowner),
    'comment', dsc.description
)), '[]')
from pg_statistic_ext s
join pg_namespace n on n.oid = s.stxnamespace
join pg_class c on c.oid = s.stxrelid
left join pg_description dsc on dsc.objoid = s.oid and dsc.classoid = 'pg_statistic_ext'::regclass and dsc.objsubid = 0
where {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.deptype = 'e'
        and ((d.classid = 'pg_statistic_ext'::regclass and d.objid = s.oid)
             or (d.classid = 'pg_class'::regclass and d.objid = c.oid)))
