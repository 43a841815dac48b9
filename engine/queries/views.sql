-- Views and materialized views: [{schema, name, owner, materialized, definition, columns, options,
-- check_option, tablespace, unpopulated, comment, privileges}].
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'name', c.relname,
    'owner', pg_get_userbyid(c.relowner),
    'materialized', c.relkind = 'm',
    'definition', pg_get_viewdef(c.oid),
    'columns', (
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
                    where co.oid = a.attcollation and a.attcollation <> at.typcollation),
                'comment', col_description(c.oid, a.attnum),
                'privileges', (
                    select coalesce(json_agg(json_build_object(
                            'grantee', case x.grantee when 0 then 'PUBLIC' else pg_get_userbyid(x.grantee) end,
                            'privilege', x.privilege_type,
                            'grantable', x.is_grantable)
                        order by case x.grantee when 0 then 'PUBLIC' else pg_get_userbyid(x.grantee) end, x.privilege_type), '[]')
                    from aclexplode(a.attacl) x
                    where x.grantee <> c.relowner))
            order by a.attnum), '[]')
        from pg_attribute a
        where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped),
    'options', (select coalesce(json_agg(o order by o), '[]') from unnest(c.reloptions) o where o not like 'check\_option=%'),
    'check_option', (select substr(o, length('check_option=') + 1) from unnest(c.reloptions) o where o like 'check\_option=%'),
    'tablespace', (select spcname from pg_tablespace ts where ts.oid = c.reltablespace),
    'unpopulated', c.relkind = 'm' and not c.relispopulated,
    'comment', obj_description(c.oid, 'pg_class'),
    'privileges', (
        select coalesce(json_agg(json_build_object(
                'grantee', case a.grantee when 0 then 'PUBLIC' else pg_get_userbyid(a.grantee) end,
                'privilege', a.privilege_type,
                'grantable', a.is_grantable)
            order by case a.grantee when 0 then 'PUBLIC' else pg_get_userbyid(a.grantee) end, a.privilege_type), '[]')
        from aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a
        where a.grantee <> c.relowner)
) order by n.nspname, c.relname), '[]')
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
where c.relkind in ('v', 'm')
  and n.nspname not in ('pg_catalog', 'information_schema')
  and n.nspname not like 'pg\_toast%'
  and n.nspname not like 'pg\_temp\_%'
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
