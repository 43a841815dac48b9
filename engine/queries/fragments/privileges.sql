(select coalesce(json_agg(json_build_object(
        'grantee', case acl_item.grantee when 0 then 'PUBLIC' else pg_get_userbyid(acl_item.grantee) end,
        'privilege', acl_item.privilege_type,
        'grantable', acl_item.is_grantable)
    order by case acl_item.grantee when 0 then 'PUBLIC' else pg_get_userbyid(acl_item.grantee) end, acl_item.privilege_type), '[]')
 from aclexplode(coalesce($1, acldefault($3, $2))) acl_item
 where acl_item.grantee <> $2)
