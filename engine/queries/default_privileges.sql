-- Default privileges: [{role, schema, object_type, grantee, privilege, grantable}], one row per
-- privilege in each pg_default_acl entry.
select coalesce(json_agg(json_build_object(
    'role', pg_get_userbyid(da.defaclrole),
    'schema', n.nspname,
    'object_type', case da.defaclobjtype when 'r' then 'tables' when 'S' then 'sequences' when 'f' then 'functions'
                   when 'T' then 'types' when 'n' then 'schemas' when 'L' then 'large_objects' end,
    'grantee', case a.grantee when 0 then 'PUBLIC' else pg_get_userbyid(a.grantee) end,
    'privilege', a.privilege_type,
    'grantable', a.is_grantable
) order by pg_get_userbyid(da.defaclrole), n.nspname nulls first, da.defaclobjtype,
           case a.grantee when 0 then 'PUBLIC' else pg_get_userbyid(a.grantee) end, a.privilege_type), '[]')
from pg_default_acl da
left join pg_namespace n on n.oid = da.defaclnamespace
cross join lateral aclexplode(da.defaclacl) a
