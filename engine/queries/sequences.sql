-- Sequences: [{schema, name, owner, data_type, start, increment, min_value, max_value, cache, cycle,
-- owned_by, comment, privileges}]. Sequences behind identity columns are described on their column.
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'name', c.relname,
    'owner', pg_get_userbyid(c.relowner),
    'data_type', format_type(s.seqtypid, null),
    'start', s.seqstart,
    'increment', s.seqincrement,
    'min_value', s.seqmin,
    'max_value', s.seqmax,
    'cache', s.seqcache,
    'cycle', s.seqcycle,
    'owned_by', (
        select json_build_object('schema', tn.nspname, 'table', tc.relname, 'column', a.attname)
        from pg_depend d
        join pg_class tc on tc.oid = d.refobjid
        join pg_namespace tn on tn.oid = tc.relnamespace
        join pg_attribute a on a.attrelid = tc.oid and a.attnum = d.refobjsubid
        where d.classid = 'pg_class'::regclass and d.objid = c.oid
          and d.refclassid = 'pg_class'::regclass and d.refobjsubid > 0 and d.deptype = 'a'
        limit 1),
    'comment', dsc.description,
    -- The default ACL of tables and sequences grants only their owner, whom the list leaves out.
    'privileges', case when c.relacl is null then '[]'::json else {{privileges c.relacl | c.relowner | 's'}} end
)), '[]')
from pg_class c
join pg_sequence s on s.seqrelid = c.oid
join pg_namespace n on n.oid = c.relnamespace
left join pg_description dsc on dsc.objoid = c.oid and dsc.classoid = 'pg_class'::regclass and dsc.objsubid = 0
where c.relkind = 'S'
  and {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype in ('e', 'i'))
