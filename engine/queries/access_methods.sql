-- Access methods users created without an extension: [{name, method_type, handler, comment}].
-- Built-in ones (oid below 16384: heap, btree, gist...) and extensions' (bloom...) are left out.
-- The handler is written schema-qualified.
select coalesce(json_agg(json_build_object(
    'name', am.amname,
    'method_type', case am.amtype when 't' then 'table' when 'i' then 'index' else am.amtype::text end,
    'handler', quote_ident(hn.nspname) || '.' || quote_ident(h.proname),
    'comment', dsc.description
)), '[]')
from pg_am am
join pg_proc h on h.oid = am.amhandler
join pg_namespace hn on hn.oid = h.pronamespace
left join pg_description dsc on dsc.objoid = am.oid and dsc.classoid = 'pg_am'::regclass and dsc.objsubid = 0
where am.oid >= 16384
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_am'::regclass and d.objid = am.oid and d.deptype = 'e')
