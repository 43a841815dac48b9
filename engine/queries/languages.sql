-- Procedural languages users created without an extension: [{name, owner, trusted, handler, inline,
-- validator, comment, privileges}]. Built-in ones (oid below 16384: internal, c, sql) and
-- extensions' (plpgsql...) are left out. Functions are written schema-qualified.
select coalesce(json_agg(json_build_object(
    'name', l.lanname,
    'owner', pg_get_userbyid(l.lanowner),
    'trusted', l.lanpltrusted,
    'handler', quote_ident(hn.nspname) || '.' || quote_ident(h.proname),
    'inline', quote_ident(inn.nspname) || '.' || quote_ident(i.proname),
    'validator', quote_ident(vn.nspname) || '.' || quote_ident(v.proname),
    'comment', dsc.description,
    'privileges', {{privileges l.lanacl | l.lanowner | 'l'}}
)), '[]')
from pg_language l
left join pg_proc h on h.oid = l.lanplcallfoid
left join pg_namespace hn on hn.oid = h.pronamespace
left join pg_proc i on i.oid = l.laninline
left join pg_namespace inn on inn.oid = i.pronamespace
left join pg_proc v on v.oid = l.lanvalidator
left join pg_namespace vn on vn.oid = v.pronamespace
left join pg_description dsc on dsc.objoid = l.oid and dsc.classoid = 'pg_language'::regclass and dsc.objsubid = 0
where l.oid >= 16384
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_language'::regclass and d.objid = l.oid and d.deptype = 'e')
