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
                'type_ref', {{type_ref a.atttypid}},
                'collation', {{collation a.attcollation | a.atttypid}},
                'comment', col_description(c.oid, a.attnum),
                'privileges', {{privileges a.attacl | c.relowner | null}})
            order by a.attnum), '[]')
        from pg_attribute a
        where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped),
    'options', (select coalesce(json_agg(o order by o), '[]') from unnest(c.reloptions) o where o not like 'check\_option=%'),
    'check_option', (select substr(o, length('check_option=') + 1) from unnest(c.reloptions) o where o like 'check\_option=%'),
    'tablespace', (select spcname from pg_tablespace ts where ts.oid = c.reltablespace),
    'unpopulated', c.relkind = 'm' and not c.relispopulated,
    'comment', obj_description(c.oid, 'pg_class'),
    'privileges', {{privileges c.relacl | c.relowner | 'r'}}
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
