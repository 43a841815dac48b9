-- Indexes on tables and materialized views: [{schema, table, name, definition, unique, constraint,
-- partial, expression, parent_index, tablespace, clustered, replica_identity, statistics, comment}].
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'table', tc.relname,
    'name', ic.relname,
    'definition', pg_get_indexdef(ic.oid),
    'unique', i.indisunique,
    'constraint', con.conname,
    'partial', i.indpred is not null,
    'expression', i.indexprs is not null,
    'parent_index', case when pc.oid is not null then json_build_object('schema', pn.nspname, 'name', pc.relname) end,
    'tablespace', ts.spcname,
    -- CLUSTER ON and REPLICA IDENTITY USING INDEX mark the index.
    'clustered', i.indisclustered,
    'replica_identity', i.indisreplident,
    -- Statistics targets of index columns (ALTER INDEX ... ALTER COLUMN n SET STATISTICS): [{column, target}].
    'statistics', (select coalesce(json_agg(json_build_object('column', a.attnum, 'target', a.attstattarget) order by a.attnum), '[]')
                   from pg_attribute a
                   where a.attrelid = ic.oid and a.attnum > 0 and coalesce(a.attstattarget, -1) >= 0),
    'comment', dsc.description
)), '[]')
from pg_index i
join pg_class ic on ic.oid = i.indexrelid
join pg_class tc on tc.oid = i.indrelid
join pg_namespace n on n.oid = ic.relnamespace
-- Joins rather than a subquery per index. An index belongs to at most one constraint, and an index
-- of a partition to at most one parent index.
left join pg_constraint con on con.conindid = ic.oid and con.conrelid = tc.oid and con.contype in ('p', 'u', 'x')
left join pg_inherits inh on inh.inhrelid = ic.oid
left join pg_class pc on pc.oid = inh.inhparent
left join pg_namespace pn on pn.oid = pc.relnamespace
left join pg_tablespace ts on ts.oid = ic.reltablespace
left join pg_description dsc on dsc.objoid = ic.oid and dsc.classoid = 'pg_class'::regclass and dsc.objsubid = 0
where tc.relkind in ('r', 'p', 'm')
  and {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid in (tc.oid, ic.oid) and d.deptype = 'e')
