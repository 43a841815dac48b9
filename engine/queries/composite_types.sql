-- Composite types made with CREATE TYPE ... AS (...): [{schema, name, owner, attributes, comment,
-- privileges}]. Row types of tables and views are not listed.
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'name', t.typname,
    'owner', pg_get_userbyid(t.typowner),
    'attributes', (
        select coalesce(json_agg(json_build_object(
                'name', a.attname,
                'type', format_type(a.atttypid, a.atttypmod),
                'type_ref', {{type_ref a.atttypid}},
                'collation', {{collation a.attcollation | a.atttypid}},
                'comment', ad.description)
            order by a.attnum), '[]')
        from pg_attribute a
        left join pg_description ad on ad.objoid = a.attrelid and ad.classoid = 'pg_class'::regclass and ad.objsubid = a.attnum
        where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped),
    'comment', dsc.description,
    'privileges', {{privileges t.typacl | t.typowner | 'T'}}
)), '[]')
from pg_type t
join pg_namespace n on n.oid = t.typnamespace
join pg_class c on c.oid = t.typrelid and c.relkind = 'c'
left join pg_description dsc on dsc.objoid = t.oid and dsc.classoid = 'pg_type'::regclass and dsc.objsubid = 0
where t.typtype = 'c'
  and {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_type'::regclass and d.objid = t.oid and d.deptype = 'e')
