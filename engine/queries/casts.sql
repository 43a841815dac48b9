-- Casts users created: [{source, target, method, function: {schema, name, identity_arguments},
-- context, comment}]. Built-in casts (oid below 16384) are left out, and so are extensions' and
-- those a range type makes for its multirange type (an internal dependency on the range).
select coalesce(json_agg(json_build_object(
    'source', format_type(c.castsource, null),
    'target', format_type(c.casttarget, null),
    'method', case c.castmethod when 'f' then 'function' when 'b' then 'binary' else 'inout' end,
    'function', case when f.oid is not null then json_build_object(
        'schema', fn.nspname,
        'name', f.proname,
        'identity_arguments', pg_get_function_identity_arguments(f.oid)) end,
    'context', case c.castcontext when 'e' then 'explicit' when 'a' then 'assignment' else 'implicit' end,
    'comment', dsc.description
)), '[]')
from pg_cast c
left join pg_proc f on f.oid = c.castfunc
left join pg_namespace fn on fn.oid = f.pronamespace
left join pg_description dsc on dsc.objoid = c.oid and dsc.classoid = 'pg_cast'::regclass and dsc.objsubid = 0
where c.oid >= 16384
  and not exists (
    select from pg_depend d
    where d.classid = 'pg_cast'::regclass and d.objid = c.oid and d.deptype in ('e', 'i'))
