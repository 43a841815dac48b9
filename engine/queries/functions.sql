-- Functions, procedures and window functions: [{schema, name, identity_arguments, arguments, result,
-- kind, language, volatility, strict, security_definer, leakproof, parallel, returns_set, config,
-- definition, owner, comment, privileges}]. Functions PostgreSQL made itself (multirange
-- constructors, 14+) depend internally on their type and are left out, as are extension members.
-- Procedures on 14+ print a leading IN before each argument; it is stripped so 13 and 14+ agree.
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'name', p.proname,
    'identity_arguments', case when p.prokind = 'p'
        then regexp_replace(pg_get_function_identity_arguments(p.oid), '(^|, )IN ', '\1', 'g')
        else pg_get_function_identity_arguments(p.oid) end,
    'arguments', case when p.prokind = 'p'
        then regexp_replace(pg_get_function_arguments(p.oid), '(^|, )IN ', '\1', 'g')
        else pg_get_function_arguments(p.oid) end,
    'result', case when p.prokind <> 'p' then pg_get_function_result(p.oid) end,
    'kind', case p.prokind when 'p' then 'procedure' when 'w' then 'window' else 'function' end,
    'language', l.lanname,
    'volatility', case p.provolatile when 'i' then 'immutable' when 's' then 'stable' else 'volatile' end,
    'strict', p.proisstrict,
    'security_definer', p.prosecdef,
    'leakproof', p.proleakproof,
    'parallel', case p.proparallel when 's' then 'safe' when 'r' then 'restricted' else 'unsafe' end,
    'returns_set', p.proretset,
    'config', (select coalesce(json_agg(o order by o), '[]') from unnest(p.proconfig) o),
    'definition', pg_get_functiondef(p.oid),
    'owner', pg_get_userbyid(p.proowner),
    'comment', dsc.description,
    'privileges', {{privileges p.proacl | p.proowner | 'f'}}
)), '[]')
from pg_proc p
join pg_namespace n on n.oid = p.pronamespace
join pg_language l on l.oid = p.prolang
left join pg_description dsc on dsc.objoid = p.oid and dsc.classoid = 'pg_proc'::regclass and dsc.objsubid = 0
where p.prokind in ('f', 'p', 'w')
  and {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype in ('e', 'i'))
