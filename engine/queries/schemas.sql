-- Schemas: [{name, owner, comment, privileges}], system and temporary schemas and schemas
-- created by extensions left out.
select coalesce(json_agg(json_build_object(
    'name', n.nspname,
    'owner', pg_get_userbyid(n.nspowner),
    'comment', dsc.description,
    'privileges', {{privileges n.nspacl | n.nspowner | 'n'}}
)), '[]')
from pg_namespace n
left join pg_description dsc on dsc.objoid = n.oid and dsc.classoid = 'pg_namespace'::regclass and dsc.objsubid = 0
where {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_namespace'::regclass and d.objid = n.oid and d.deptype = 'e')
