-- Foreign servers no extension owns: [{name, owner, wrapper, server_type, version, options: [{name,
-- value}], comment}].
select coalesce(json_agg(json_build_object(
    'name', s.srvname,
    'owner', pg_get_userbyid(s.srvowner),
    'wrapper', w.fdwname,
    'server_type', s.srvtype,
    'version', s.srvversion,
    'options', (select coalesce(json_agg(json_build_object(
                    'name', split_part(o, '=', 1),
                    'value', substr(o, length(split_part(o, '=', 1)) + 2))), '[]')
                from unnest(s.srvoptions) o),
    'comment', dsc.description
)), '[]')
from pg_foreign_server s
join pg_foreign_data_wrapper w on w.oid = s.srvfdw
left join pg_description dsc
    on dsc.objoid = s.oid and dsc.classoid = 'pg_foreign_server'::regclass and dsc.objsubid = 0
where not exists (
    select from pg_depend d
    where d.classid = 'pg_foreign_server'::regclass and d.objid = s.oid and d.deptype = 'e')
