-- Operator families users created: [{schema, name, owner, access_method, members: [{name, definition}],
-- comment}]. Built-in ones (oid below 16384) and extensions' are left out. The members are those
-- that belong to the family itself (ALTER OPERATOR FAMILY ... ADD), not to one of its classes.
with members as (
    {{operator_members}}
),
family_members as (
    select m.refobjid,
           json_agg(json_build_object('name', m.name, 'definition', m.definition) order by m.name) as members
    from members m
    where m.refclassid = 'pg_opfamily'::regclass
    group by m.refobjid
)
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'name', f.opfname,
    'owner', pg_get_userbyid(f.opfowner),
    'access_method', am.amname,
    'members', coalesce(fm.members, '[]'),
    'comment', dsc.description
)), '[]')
from pg_opfamily f
join pg_namespace n on n.oid = f.opfnamespace
join pg_am am on am.oid = f.opfmethod
left join family_members fm on fm.refobjid = f.oid
left join pg_description dsc on dsc.objoid = f.oid and dsc.classoid = 'pg_opfamily'::regclass and dsc.objsubid = 0
where f.oid >= 16384
  and {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_opfamily'::regclass and d.objid = f.oid and d.deptype = 'e')
