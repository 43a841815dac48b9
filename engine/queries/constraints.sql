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
    'index', ic.relname,
    'references', case when rc.oid is not null then json_build_object('schema', rn.nspname, 'name', rc.relname) end,
    'inherited', not con.conislocal,
    'parent', pcon.conname,
    'comment', dsc.description
)), '[]')
from pg_constraint con
join pg_class tc on tc.oid = con.conrelid
join pg_namespace n on n.oid = tc.relnamespace
-- Joins rather than a subquery per constraint.
left join pg_class ic on ic.oid = con.conindid and con.contype in ('p', 'u', 'x')
left join pg_class rc on rc.oid = con.confrelid and con.contype = 'f'
left join pg_namespace rn on rn.oid = rc.relnamespace
left join pg_constraint pcon on pcon.oid = con.conparentid and con.conparentid <> 0
left join pg_description dsc on dsc.objoid = con.oid and dsc.classoid = 'pg_constraint'::regclass and dsc.objsubid = 0
where con.contype in ('p', 'u', 'c', 'f', 'x')
  and tc.relkind in ('r', 'p', 'f')
  and {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = tc.oid and d.deptype = 'e')
