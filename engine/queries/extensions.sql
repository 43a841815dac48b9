-- Extensions: [{name, schema, version, comment}]. plpgsql, installed everywhere, is left out.
select coalesce(json_agg(json_build_object(
    'name', e.extname,
    'schema', n.nspname,
    'version', e.extversion,
    'comment', obj_description(e.oid, 'pg_extension')
) order by e.extname), '[]')
from pg_extension e
join pg_namespace n on n.oid = e.extnamespace
where e.extname <> 'plpgsql'
