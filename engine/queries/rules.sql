-- Rules: [{schema, table, name, definition, enabled, comment}]. Views' _RETURN rules are the views
-- themselves and are left out, as are the rules of extensions' relations. pg_rewrite has the same
-- columns on 13 to 18.
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'table', c.relname,
    'name', r.rulename,
    'definition', pg_get_ruledef(r.oid),
    'enabled', case r.ev_enabled when 'D' then 'disabled' when 'R' then 'replica' when 'A' then 'always'
               else 'origin' end,
    'comment', dsc.description
)), '[]')
from pg_rewrite r
join pg_class c on c.oid = r.ev_class
join pg_namespace n on n.oid = c.relnamespace
left join pg_description dsc on dsc.objoid = r.oid and dsc.classoid = 'pg_rewrite'::regclass and dsc.objsubid = 0
where r.rulename <> '_RETURN'
  and {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
