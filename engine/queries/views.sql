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
                'type_ref', {{column_type_ref}},
                'collation', {{column_collation}},
                'comment', col_dsc.description,
                'privileges', case when a.attacl is null then '[]'::json else {{privileges a.attacl | c.relowner | null}} end)
            order by a.attnum), '[]')
        from pg_attribute a
        {{column_type_joins a}}
        where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped),
    'options', (select coalesce(json_agg(o order by o), '[]') from unnest(c.reloptions) o where o not like 'check\_option=%'),
    'check_option', (select substr(o, length('check_option=') + 1) from unnest(c.reloptions) o where o like 'check\_option=%'),
    'tablespace', (select spcname from pg_tablespace ts where ts.oid = c.reltablespace),
    'unpopulated', c.relkind = 'm' and not c.relispopulated,
    'comment', dsc.description,
    -- The default ACL of tables and sequences grants only their owner, whom the list leaves out.
    'privileges', case when c.relacl is null then '[]'::json else {{privileges c.relacl | c.relowner | 'r'}} end
)), '[]')
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
left join pg_description dsc on dsc.objoid = c.oid and dsc.classoid = 'pg_class'::regclass and dsc.objsubid = 0
where c.relkind in ('v', 'm')
  and {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
