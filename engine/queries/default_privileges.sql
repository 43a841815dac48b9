-- Default privileges: [{role, schema, object_type, grantee, privilege, grantable, revoked}], one
-- row per privilege each pg_default_acl entry changes. An entry for all schemas replaces the
-- built-in defaults (acldefault: the owner's privileges, and EXECUTE on functions and USAGE on
-- types for PUBLIC), so it is read as what it grants beyond them and what of them it revokes
-- (`revoked`): `ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC` is an entry
-- that lacks PUBLIC's EXECUTE. An entry IN SCHEMA only adds to those, so it is read whole.
with entries as (
    select da.defaclrole, da.defaclnamespace, da.defaclobjtype, da.defaclacl,
           -- acldefault names sequences 's', pg_default_acl 'S'.
           case when da.defaclnamespace = 0
                then acldefault(case da.defaclobjtype when 'S' then 's' else da.defaclobjtype end, da.defaclrole)
           end as builtin
    from pg_default_acl da
),
changes as (
    select e.*, a.grantee, a.privilege_type, a.is_grantable, false as revoked
    from entries e
    cross join lateral aclexplode(e.defaclacl) a
    where e.builtin is null
       or not exists (select from aclexplode(e.builtin) b
                      where (b.grantee, b.privilege_type, b.is_grantable) = (a.grantee, a.privilege_type, a.is_grantable))
    union all
    select e.*, b.grantee, b.privilege_type, b.is_grantable, true
    from entries e
    cross join lateral aclexplode(e.builtin) b
    where not exists (select from aclexplode(e.defaclacl) a
                      where (a.grantee, a.privilege_type, a.is_grantable) = (b.grantee, b.privilege_type, b.is_grantable))
)
select coalesce(json_agg(json_build_object(
    'role', pg_get_userbyid(c.defaclrole),
    'schema', n.nspname,
    'object_type', case c.defaclobjtype when 'r' then 'tables' when 'S' then 'sequences' when 'f' then 'functions'
                   when 'T' then 'types' when 'n' then 'schemas' when 'L' then 'large_objects' end,
    'grantee', case c.grantee when 0 then 'PUBLIC' else pg_get_userbyid(c.grantee) end,
    'privilege', c.privilege_type,
    'grantable', c.is_grantable,
    'revoked', c.revoked
) order by pg_get_userbyid(c.defaclrole), n.nspname nulls first, c.defaclobjtype,
           case c.grantee when 0 then 'PUBLIC' else pg_get_userbyid(c.grantee) end, c.privilege_type), '[]')
from changes c
left join pg_namespace n on n.oid = c.defaclnamespace
