-- Shell types (CREATE TYPE name, not yet defined): [{schema, name, owner, comment}], but for
-- extensions'.
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'name', t.typname,
    'owner', pg_get_userbyid(t.typowner),
    'comment', dsc.description
)), '[]')
from pg_type t
join pg_namespace n on n.oid = t.typnamespace
left join pg_description dsc on dsc.objoid = t.oid and dsc.classoid = 'pg_type'::regclass and dsc.objsubid = 0
where t.typtype = 'p'
  and not t.typisdefined
  and t.oid >= 16384
  and {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_type'::regclass and d.objid = t.oid and d.deptype = 'e')
