-- Enums: [{schema, name, owner, labels, comment, privileges}], labels in sort order.
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'name', t.typname,
    'owner', pg_get_userbyid(t.typowner),
    'labels', (select coalesce(json_agg(e.enumlabel order by e.enumsortorder), '[]')
               from pg_enum e where e.enumtypid = t.oid),
    'comment', dsc.description,
    'privileges', {{privileges t.typacl | t.typowner | 'T'}}
)), '[]')
from pg_type t
join pg_namespace n on n.oid = t.typnamespace
left join pg_description dsc on dsc.objoid = t.oid and dsc.classoid = 'pg_type'::regclass and dsc.objsubid = 0
where t.typtype = 'e'
  and {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_type'::regclass and d.objid = t.oid and d.deptype = 'e')
