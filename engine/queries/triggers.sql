-- Triggers written by users: [{schema, table, name, definition, enabled, constraint_trigger,
-- function_schema, function_name, comment}]. Internal triggers (foreign keys, deferrable uniques)
-- and the clones PostgreSQL puts on partitions (tgparentid <> 0; internal only before 15) are left out.
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'table', tc.relname,
    'name', t.tgname,
    'definition', pg_get_triggerdef(t.oid),
    'enabled', case t.tgenabled when 'O' then 'origin' when 'D' then 'disabled' when 'R' then 'replica' else 'always' end,
    'constraint_trigger', t.tgconstraint <> 0,
    'function_schema', fn.nspname,
    'function_name', f.proname,
    'comment', dsc.description
)), '[]')
from pg_trigger t
join pg_class tc on tc.oid = t.tgrelid
join pg_namespace n on n.oid = tc.relnamespace
join pg_proc f on f.oid = t.tgfoid
join pg_namespace fn on fn.oid = f.pronamespace
left join pg_description dsc on dsc.objoid = t.oid and dsc.classoid = 'pg_trigger'::regclass and dsc.objsubid = 0
where not t.tgisinternal
  and t.tgparentid = 0
  and {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = tc.oid and d.deptype = 'e')
