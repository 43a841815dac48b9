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
                'type_ref', (
                    select case when tn.nspname not in ('pg_catalog', 'information_schema') then json_build_object(
                        'schema', tn.nspname, 'name', et.typname,
                        'kind', case et.typtype when 'e' then 'enum' when 'd' then 'domain' when 'r' then 'range_type'
                                when 'c' then (select case r.relkind when 'c' then 'composite_type' when 'v' then 'view'
                                               when 'm' then 'materialized_view' else 'table' end
                                               from pg_class r where r.oid = et.typrelid) end) end
                    from pg_type t0
                    join pg_type et on et.oid = case when t0.typcategory = 'A' and t0.typelem <> 0 then t0.typelem else t0.oid end
                    join pg_namespace tn on tn.oid = et.typnamespace
                    where t0.oid = a.atttypid),
                'collation', (
                    select json_build_object('schema', cn.nspname, 'name', co.collname)
                    from pg_collation co join pg_namespace cn on cn.oid = co.collnamespace
                    join pg_type at on at.oid = a.atttypid
                    where co.oid = a.attcollation and a.attcollation <> at.typcollation))
            order by a.attnum), '[]')
        from pg_attribute a
        where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped),
    'comment', obj_description(t.oid, 'pg_type'),
    'privileges', (
        select coalesce(json_agg(json_build_object(
                'grantee', case a.grantee when 0 then 'PUBLIC' else pg_get_userbyid(a.grantee) end,
                'privilege', a.privilege_type,
                'grantable', a.is_grantable)
            order by case a.grantee when 0 then 'PUBLIC' else pg_get_userbyid(a.grantee) end, a.privilege_type), '[]')
        from aclexplode(coalesce(t.typacl, acldefault('T', t.typowner))) a
        where a.grantee <> t.typowner)
) order by n.nspname, t.typname), '[]')
from pg_type t
join pg_namespace n on n.oid = t.typnamespace
join pg_class c on c.oid = t.typrelid and c.relkind = 'c'
where t.typtype = 'c'
  and n.nspname not in ('pg_catalog', 'information_schema')
  and n.nspname not like 'pg\_toast%'
  and n.nspname not like 'pg\_temp\_%'
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_type'::regclass and d.objid = t.oid and d.deptype = 'e')
