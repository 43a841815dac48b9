-- What the fetch notices about the session that the lists cannot say: [{kind, name}].
-- search_path_schema_without_usage: a schema the role's search_path names that the role may not
-- use. PostgreSQL leaves such a schema out of the effective path, and pg_get_*def, format_type
-- and regprocedure then qualify every name in it, so the catalog differs in text from one read
-- with the schema on the path. The setting is split on commas and unquoted as PostgreSQL reads
-- it (unquoted names fold to lower case, "$user" is the role); a quoted name holding a comma is
-- not found, which only costs the note.
with entries as (
    select btrim(entry) as entry
    from unnest(string_to_array(current_setting('search_path'), ',')) as entry
),
names as (
    select case
               when entry in ('"$user"', '$user') then current_user::text
               when entry like '"%"' then replace(substr(entry, 2, length(entry) - 2), '""', '"')
               else lower(entry)
           end as name
    from entries
)
select coalesce(json_agg(json_build_object(
           'kind', 'search_path_schema_without_usage',
           'name', n.nspname) order by n.nspname), '[]')::text
from pg_namespace n
where n.nspname in (select name from names)
  and not has_schema_privilege(n.oid, 'USAGE')
