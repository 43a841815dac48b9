-- Extensions: [{name, schema, version, comment}]. plpgsql, installed everywhere, is left out.
select coalesce(json_agg(json_build_object(
    'name', e.extname,
    'schema', n.nspname,
    'version', e.extversion,
    'comment', dsc.description
)), '[]')
from pg_extension e
join pg_namespace n on n.oid = e.extnamespace
left join pg_description dsc on dsc.objoid = e.oid and dsc.classoid = 'pg_extension'::regclass and dsc.objsubid = 0
where e.extname <> 'plpgsql'
