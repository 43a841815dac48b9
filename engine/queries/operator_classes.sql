-- Operator classes users created: [{schema, name, owner, access_method, family, data_type, default,
-- storage, members: [{name, definition}], comment}]. Built-in ones (oid below 16384) and
-- extensions' are left out.
with members as (
    {{operator_members}}
),
class_members as (
    select m.refobjid,
           json_agg(json_build_object('name', m.name, 'definition', m.definition) order by m.name) as members
    from members m
    where m.refclassid = 'pg_opclass'::regclass
    group by m.refobjid
)
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'name', c.opcname,
    'owner', pg_get_userbyid(c.opcowner),
    'access_method', am.amname,
    'family', quote_ident(fn.nspname) || '.' || quote_ident(f.opfname),
    'data_type', format_type(c.opcintype, null),
    'default', c.opcdefault,
    'storage', format_type(nullif(c.opckeytype, 0), null),
    'members', coalesce(cm.members, '[]'),
    'comment', dsc.description
)), '[]')
from pg_opclass c
join pg_namespace n on n.oid = c.opcnamespace
join pg_am am on am.oid = c.opcmethod
join pg_opfamily f on f.oid = c.opcfamily
join pg_namespace fn on fn.oid = f.opfnamespace
left join class_members cm on cm.refobjid = c.oid
left join pg_description dsc on dsc.objoid = c.oid and dsc.classoid = 'pg_opclass'::regclass and dsc.objsubid = 0
where c.oid >= 16384
  and {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_opclass'::regclass and d.objid = c.oid and d.deptype = 'e')
