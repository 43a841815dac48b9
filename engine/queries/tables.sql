-- Tables, plain, partitioned and foreign: [{schema, name, owner, unlogged, rls_enabled, rls_forced,
-- partition_key, partition_of, inherits, reloptions, tablespace, access_method, foreign: {server,
-- options}, columns, comment, privileges}], columns in attribute order with dropped columns left out.
-- One grouped pass over pg_attribute, with the per-column lookups as joins: a correlated
-- subquery per table, or a SQL function per column (col_description), costs several times more.
with cols as (
    select a.attrelid,
        json_agg(json_build_object(
                'name', a.attname,
                'type', format_type(a.atttypid, a.atttypmod),
                'type_ref', {{column_type_ref}},
                'collation', {{column_collation}},
                -- A default cannot refer to columns, so it is printed without the table as context:
                -- the same text, without a relation lookup per column.
                'default', case when a.attgenerated = '' then pg_get_expr(ad.adbin, 0) end,
                'not_null', a.attnotnull,
                -- From 18 a NOT NULL is a named constraint: its name, unless the one PostgreSQL
                -- gives a table's own (`<table>_<column>_not_null`, when that fits 63 bytes).
                'not_null_name', nullif(nn.conname, rel.relname || '_' || a.attname || '_not_null'), -- [pg18+]
                'not_null_inherited', coalesce(not nn.conislocal, false), -- [pg18+]
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
                          and d.refobjid = a.attrelid and d.refobjsubid = a.attnum and d.deptype = 'i'
                        limit 1)) end,
                'generated', case when a.attgenerated <> '' then json_build_object(
                    'expression', pg_get_expr(ad.adbin, ad.adrelid),
                    'kind', case a.attgenerated when 's' then 'stored' else 'virtual' end) end,
                'inherited', not a.attislocal,
                -- What ALTER COLUMN sets beyond the definition, when any differs from the default:
                -- a statistics target (-1 before 17, null from 17 when unset), a storage other
                -- than the type's, a compression method (14+), attribute options, a foreign
                -- table's column options.
                'settings', case when coalesce(a.attstattarget, -1) >= 0 or a.attstorage <> used_type.typstorage
                                      or a.attoptions is not null or a.attfdwoptions is not null
                                      or a.attcompression <> '' -- [pg14+]
                            then json_strip_nulls(json_build_object(
                    'statistics', case when coalesce(a.attstattarget, -1) >= 0 then a.attstattarget end,
                    'storage', case when a.attstorage <> used_type.typstorage then {{storage a.attstorage}} end,
                    'type_storage', case when a.attstorage <> used_type.typstorage then {{storage used_type.typstorage}} end,
                    'compression', case a.attcompression when 'p' then 'pglz' when 'l' then 'lz4' end, -- [pg14+]
                    'options', case when a.attoptions is not null
                                    then (select json_agg(o order by o) from unnest(a.attoptions) o) end,
                    'foreign_options', case when a.attfdwoptions is not null
                                            then {{foreign_options a.attfdwoptions}} end)) end,
                'comment', col_dsc.description,
                -- Most columns have no ACL: skip aclexplode for them.
                'privileges', case when a.attacl is null then '[]'::json else {{privileges a.attacl | rel.relowner | null}} end)
            order by a.attnum) as columns
    from pg_attribute a
    join pg_class rel on rel.oid = a.attrelid and rel.relkind in ('r', 'p', 'f')
    left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
    left join pg_constraint nn on nn.conrelid = a.attrelid and nn.contype = 'n' and nn.conkey[1] = a.attnum -- [pg18+]
    {{column_type_joins a}}
    where a.attnum > 0 and not a.attisdropped
    group by a.attrelid
),
-- Parents of tables made by INHERITS (a partition's parent is its partition_of).
parents as (
    select i.inhrelid,
           json_agg(json_build_object('schema', pn.nspname, 'name', pc.relname) order by i.inhseqno) as list
    from pg_inherits i
    join pg_class pc on pc.oid = i.inhparent
    join pg_namespace pn on pn.oid = pc.relnamespace
    group by i.inhrelid
)
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
    'inherits', case when c.relispartition or parents.list is null then '[]'::json else parents.list end,
    'reloptions', case when c.reloptions is null then '[]'::json
                       else (select coalesce(json_agg(o order by o), '[]') from unnest(c.reloptions) o) end,
    'tablespace', ts.spcname,
    'access_method', am.amname,
    'foreign', case when c.relkind = 'f' then json_build_object(
        'server', fs.srvname,
        'options', case when ft.ftoptions is null then '[]'::json else {{foreign_options ft.ftoptions}} end) end,
    'columns', coalesce(cols.columns, '[]'),
    -- REPLICA IDENTITY when not DEFAULT; the index of USING INDEX says it is (indexes.sql). A
    -- foreign table has none to set (its relreplident is 'n').
    'replica_identity', case when c.relkind <> 'f' then
        case c.relreplident when 'f' then 'full' when 'n' then 'nothing' when 'i' then 'index' end end,
    'comment', dsc.description,
    -- The default ACL of tables and sequences grants only their owner, whom the list leaves out.
    'privileges', case when c.relacl is null then '[]'::json else {{privileges c.relacl | c.relowner | 'r'}} end
)), '[]')
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
left join cols on cols.attrelid = c.oid
left join parents on parents.inhrelid = c.oid
left join pg_tablespace ts on ts.oid = c.reltablespace
left join pg_am am on am.oid = c.relam and am.amname <> 'heap'
left join pg_foreign_table ft on ft.ftrelid = c.oid
left join pg_foreign_server fs on fs.oid = ft.ftserver
left join pg_description dsc on dsc.objoid = c.oid and dsc.classoid = 'pg_class'::regclass and dsc.objsubid = 0
where c.relkind in ('r', 'p', 'f')
  and {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
