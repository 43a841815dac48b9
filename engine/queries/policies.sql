-- Row-level security policies: [{schema, table, name, command, permissive, roles, using, with_check,
-- comment}].
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'table', tc.relname,
    'name', p.polname,
    'command', case p.polcmd when 'r' then 'SELECT' when 'a' then 'INSERT' when 'w' then 'UPDATE'
               when 'd' then 'DELETE' else 'ALL' end,
    'permissive', p.polpermissive,
    'roles', (select coalesce(json_agg(case r when 0 then 'PUBLIC' else pg_get_userbyid(r) end
                                       order by case r when 0 then 'PUBLIC' else pg_get_userbyid(r) end), '[]')
              from unnest(p.polroles) r),
    'using', pg_get_expr(p.polqual, p.polrelid),
    'with_check', pg_get_expr(p.polwithcheck, p.polrelid),
    'comment', dsc.description
)), '[]')
from pg_policy p
join pg_class tc on tc.oid = p.polrelid
join pg_namespace n on n.oid = tc.relnamespace
left join pg_description dsc on dsc.objoid = p.oid and dsc.classoid = 'pg_policy'::regclass and dsc.objsubid = 0
where {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = tc.oid and d.deptype = 'e')
