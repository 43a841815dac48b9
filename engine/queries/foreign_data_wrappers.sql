-- Foreign-data wrappers no extension owns: [{name, owner, handler, validator: {schema, name,
-- identity_arguments}, options: [{name, value}], comment}].
select coalesce(json_agg(json_build_object(
    'name', w.fdwname,
    'owner', pg_get_userbyid(w.fdwowner),
    'handler', case when h.oid is not null then json_build_object(
        'schema', hn.nspname, 'name', h.proname,
        'identity_arguments', pg_get_function_identity_arguments(h.oid)) end,
    'validator', case when v.oid is not null then json_build_object(
        'schema', vn.nspname, 'name', v.proname,
        'identity_arguments', pg_get_function_identity_arguments(v.oid)) end,
    'options', (select coalesce(json_agg(json_build_object(
                    'name', split_part(o, '=', 1),
                    'value', substr(o, length(split_part(o, '=', 1)) + 2))), '[]')
                from unnest(w.fdwoptions) o),
    'comment', dsc.description
)), '[]')
from pg_foreign_data_wrapper w
left join pg_proc h on h.oid = w.fdwhandler
left join pg_namespace hn on hn.oid = h.pronamespace
left join pg_proc v on v.oid = w.fdwvalidator
left join pg_namespace vn on vn.oid = v.pronamespace
left join pg_description dsc
    on dsc.objoid = w.oid and dsc.classoid = 'pg_foreign_data_wrapper'::regclass and dsc.objsubid = 0
where not exists (
    select from pg_depend d
    where d.classid = 'pg_foreign_data_wrapper'::regclass and d.objid = w.oid and d.deptype = 'e')
