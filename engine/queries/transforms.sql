-- Transforms users created without an extension: [{data_type, language, from_sql, to_sql,
-- comment}]. Built-in ones (oid below 16384; PostgreSQL has none) and extensions'
-- (hstore_plperl...) are left out. Functions are written as a function's identity is,
-- "schema"."name"(identity arguments), every name quoted.
select coalesce(json_agg(json_build_object(
    'data_type', format_type(t.trftype, null),
    'language', l.lanname,
    'from_sql', '"' || replace(fn.nspname, '"', '""') || '"."' || replace(f.proname, '"', '""')
                || '"(' || pg_get_function_identity_arguments(f.oid) || ')',
    'to_sql', '"' || replace(tn.nspname, '"', '""') || '"."' || replace(tp.proname, '"', '""')
              || '"(' || pg_get_function_identity_arguments(tp.oid) || ')',
    'comment', dsc.description
)), '[]')
from pg_transform t
join pg_language l on l.oid = t.trflang
left join pg_proc f on f.oid = t.trffromsql
left join pg_namespace fn on fn.oid = f.pronamespace
left join pg_proc tp on tp.oid = t.trftosql
left join pg_namespace tn on tn.oid = tp.pronamespace
left join pg_description dsc on dsc.objoid = t.oid and dsc.classoid = 'pg_transform'::regclass and dsc.objsubid = 0
where t.oid >= 16384
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_transform'::regclass and d.objid = t.oid and d.deptype = 'e')
