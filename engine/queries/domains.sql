-- Domains: [{schema, name, owner, base_type, base_type_ref, collation, default, not_null, checks,
-- comment, privileges}]. NOT NULL is pg_type.typnotnull on every major (17+ also lists it in
-- pg_constraint as contype 'n', which is left out here).
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'name', t.typname,
    'owner', pg_get_userbyid(t.typowner),
    'base_type', format_type(t.typbasetype, t.typtypmod),
    'base_type_ref', {{type_ref t.typbasetype}},
    'collation', {{collation t.typcollation | t.typbasetype}},
    'default', t.typdefault,
    'not_null', t.typnotnull,
    'checks', (
        select coalesce(json_agg(json_build_object(
                'name', c.conname,
                'definition', pg_get_constraintdef(c.oid),
                'validated', c.convalidated,
                'comment', cd.description)
            order by c.conname), '[]')
        from pg_constraint c
        left join pg_description cd on cd.objoid = c.oid and cd.classoid = 'pg_constraint'::regclass and cd.objsubid = 0
        where c.contypid = t.oid and c.contype = 'c'),
    'comment', dsc.description,
    'privileges', {{privileges t.typacl | t.typowner | 'T'}}
)), '[]')
from pg_type t
join pg_namespace n on n.oid = t.typnamespace
left join pg_description dsc on dsc.objoid = t.oid and dsc.classoid = 'pg_type'::regclass and dsc.objsubid = 0
where t.typtype = 'd'
  and {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_type'::regclass and d.objid = t.oid and d.deptype = 'e')
