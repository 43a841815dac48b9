-- Table constraints: [{schema, table, name, constraint_type, definition, deferrable,
-- initially_deferred, validated, index, references, inherited, parent, comment}]. NOT NULL
-- constraints (contype 'n', 18+) are read as the column's not_null instead; constraint triggers
-- (contype 't') are listed as triggers.
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'table', tc.relname,
    'name', con.conname,
    'constraint_type', case con.contype when 'p' then 'primary_key' when 'u' then 'unique' when 'c' then 'check'
                       when 'f' then 'foreign_key' when 'x' then 'exclusion' end,
    'definition', pg_get_constraintdef(con.oid),
    'deferrable', con.condeferrable,
    'initially_deferred', con.condeferred,
    'validated', con.convalidated,
    'index', case when con.contype in ('p', 'u', 'x') then (select ic.relname from pg_class ic where ic.oid = con.conindid) end,
    'references', case when con.contype = 'f' then (
        select json_build_object('schema', rn.nspname, 'name', rc.relname)
        from pg_class rc join pg_namespace rn on rn.oid = rc.relnamespace
        where rc.oid = con.confrelid) end,
    'inherited', not con.conislocal,
    'parent', (select pcon.conname from pg_constraint pcon where pcon.oid = con.conparentid and con.conparentid <> 0),
    'comment', obj_description(con.oid, 'pg_constraint')
) order by n.nspname, tc.relname, con.conname), '[]')
from pg_constraint con
join pg_class tc on tc.oid = con.conrelid
join pg_namespace n on n.oid = tc.relnamespace
where con.contype in ('p', 'u', 'c', 'f', 'x')
  and tc.relkind in ('r', 'p')
  and n.nspname not in ('pg_catalog', 'information_schema')
  and n.nspname not like 'pg\_toast%'
  and n.nspname not like 'pg\_temp\_%'
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = tc.oid and d.deptype = 'e')
