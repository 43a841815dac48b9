-- Indexes on tables and materialized views: [{schema, table, name, definition, unique, constraint,
-- partial, expression, parent_index, tablespace, comment}].
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'table', tc.relname,
    'name', ic.relname,
    'definition', pg_get_indexdef(ic.oid),
    'unique', i.indisunique,
    'constraint', (
        select con.conname from pg_constraint con
        where con.conindid = ic.oid and con.conrelid = tc.oid and con.contype in ('p', 'u', 'x')
        limit 1),
    'partial', i.indpred is not null,
    'expression', i.indexprs is not null,
    'parent_index', (
        select json_build_object('schema', pn.nspname, 'name', pc.relname)
        from pg_inherits inh
        join pg_class pc on pc.oid = inh.inhparent
        join pg_namespace pn on pn.oid = pc.relnamespace
        where inh.inhrelid = ic.oid),
    'tablespace', (select spcname from pg_tablespace ts where ts.oid = ic.reltablespace),
    'comment', obj_description(ic.oid, 'pg_class')
) order by n.nspname, ic.relname), '[]')
from pg_index i
join pg_class ic on ic.oid = i.indexrelid
join pg_class tc on tc.oid = i.indrelid
join pg_namespace n on n.oid = ic.relnamespace
where tc.relkind in ('r', 'p', 'm')
  and n.nspname not in ('pg_catalog', 'information_schema')
  and n.nspname not like 'pg\_toast%'
  and n.nspname not like 'pg\_temp\_%'
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid in (tc.oid, ic.oid) and d.deptype = 'e')
