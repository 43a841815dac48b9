-- User mappings: [{role, server, options: [{name, value}]}], from the pg_user_mappings view, which
-- every role may read (pg_user_mapping only superusers); it shows a mapping's options only to the
-- mapping's role, the server's owner (for PUBLIC's) and superusers, and null to others, as it does
-- for a mapping without options: the view's own test tells them apart (options left out:
-- unknown).
--
-- Secrets never leave the server unless asked for: the value of an option whose name contains
-- pass, secret, token, key or cred is left out here, on the server, unless the session set
-- migra.with_secrets to on (migra-fetch --with-secrets).
select coalesce(json_agg(json_build_object(
    'role', case when um.umuser = 0 then 'public' else um.usename end,
    'server', um.srvname,
    'options', case when um.umoptions is not null
                         or (um.umuser <> 0 and um.usename = current_user
                             and (pg_has_role(s.srvowner, 'USAGE') or has_server_privilege(s.oid, 'USAGE')))
                         or (um.umuser = 0 and pg_has_role(s.srvowner, 'USAGE'))
                         or (select r.rolsuper from pg_roles r where r.rolname = current_user) then (
        select coalesce(json_agg(json_strip_nulls(json_build_object(
            'name', split_part(o, '=', 1),
            'value', case when split_part(o, '=', 1) !~* '(pass|secret|token|key|cred)'
                               or current_setting('migra.with_secrets', true) = 'on'
                          then substr(o, length(split_part(o, '=', 1)) + 2) end))), '[]')
        from unnest(um.umoptions) o) end
)), '[]')
from pg_user_mappings um
join pg_foreign_server s on s.oid = um.srvid
where not exists (
    select from pg_depend d
    where d.classid = 'pg_user_mapping'::regclass and d.objid = um.umid and d.deptype = 'e')
