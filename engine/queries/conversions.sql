-- Encoding conversions users created: [{schema, name, owner, source_encoding, target_encoding,
-- function, default, comment}]. Built-in ones (oid below 16384) and extensions' are left out.
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'name', c.conname,
    'owner', pg_get_userbyid(c.conowner),
    'source_encoding', pg_encoding_to_char(c.conforencoding),
    'target_encoding', pg_encoding_to_char(c.contoencoding),
    'function', quote_ident(fn.nspname) || '.' || quote_ident(f.proname),
    'default', c.condefault,
    'comment', dsc.description
)), '[]')
from pg_conversion c
join pg_namespace n on n.oid = c.connamespace
join pg_proc f on f.oid = c.conproc
join pg_namespace fn on fn.oid = f.pronamespace
left join pg_description dsc on dsc.objoid = c.oid and dsc.classoid = 'pg_conversion'::regclass and dsc.objsubid = 0
where c.oid >= 16384
  and {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_conversion'::regclass and d.objid = c.oid and d.deptype = 'e')
