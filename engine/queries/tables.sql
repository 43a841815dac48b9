-- Tables, plain and partitioned: [{schema, name, owner, unlogged, rls_enabled, rls_forced,
-- partition_key, partition_of, inherits, reloptions, tablespace, access_method, columns, comment,
-- privileges}], columns in attribute order with dropped columns left out.
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'name', c.relname,
    'owner', pg_get_userbyid(c.relowner),
    'unlogged', c.relpersistence = 'u',
    'rls_enabled', c.relrowsecurity,
    'rls_forced', c.relforcerowsecurity,
    'partition_key', case when c.relkind = 'p' then pg_get_partkeydef(c.oid) end,
    'partition_of', (
        select json_build_object(
            'parent', json_build_object('schema', pn.nspname, 'name', pc.relname),
            'bound', pg_get_expr(c.relpartbound, c.oid))
        from pg_inherits i
        join pg_class pc on pc.oid = i.inhparent
        join pg_namespace pn on pn.oid = pc.relnamespace
        where c.relispartition and i.inhrelid = c.oid),
    'inherits', (
        select coalesce(json_agg(json_build_object('schema', pn.nspname, 'name', pc.relname) order by i.inhseqno), '[]')
        from pg_inherits i
        join pg_class pc on pc.oid = i.inhparent
        join pg_namespace pn on pn.oid = pc.relnamespace
        where not c.relispartition and i.inhrelid = c.oid),
    'reloptions', (select coalesce(json_agg(o order by o), '[]') from unnest(c.reloptions) o),
    'tablespace', (select spcname from pg_tablespace ts where ts.oid = c.reltablespace),
    'access_method', (select amname from pg_am am where am.oid = c.relam and am.amname <> 'heap'),
    'columns', (
        select coalesce(json_agg(json_build_object(
                'name', a.attname,
                'type', format_type(a.atttypid, a.atttypmod),
                'type_ref', {{type_ref a.atttypid}},
                'collation', {{collation a.attcollation | a.atttypid}},
                'default', case when a.attgenerated = '' then pg_get_expr(ad.adbin, ad.adrelid) end,
                'not_null', a.attnotnull,
                'identity', case when a.attidentity <> '' then json_build_object(
                    'generation', case a.attidentity when 'a' then 'always' else 'by_default' end,
                    'sequence', (
                        select json_build_object(
                            'data_type', format_type(s.seqtypid, null),
                            'start', s.seqstart,
                            'increment', s.seqincrement,
                            'min_value', s.seqmin,
                            'max_value', s.seqmax,
                            'cache', s.seqcache,
                            'cycle', s.seqcycle)
                        from pg_depend d
                        join pg_sequence s on s.seqrelid = d.objid
                        where d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass
                          and d.refobjid = c.oid and d.refobjsubid = a.attnum and d.deptype = 'i'
                        limit 1)) end,
                'generated', case when a.attgenerated <> '' then json_build_object(
                    'expression', pg_get_expr(ad.adbin, ad.adrelid),
                    'kind', case a.attgenerated when 's' then 'stored' else 'virtual' end) end,
                'inherited', not a.attislocal,
                'comment', col_description(c.oid, a.attnum),
                'privileges', {{privileges a.attacl | c.relowner | null}})
            order by a.attnum), '[]')
        from pg_attribute a
        left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
        where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped),
    'comment', obj_description(c.oid, 'pg_class'),
    'privileges', {{privileges c.relacl | c.relowner | 'r'}}
) order by n.nspname, c.relname), '[]')
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
where c.relkind in ('r', 'p')
  and n.nspname not in ('pg_catalog', 'information_schema')
  and n.nspname not like 'pg\_toast%'
  and n.nspname not like 'pg\_temp\_%'
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
