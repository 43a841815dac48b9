-- Base types users created (CREATE TYPE with INPUT and OUTPUT functions): [{schema, name, owner,
-- input, output, receive, send, typmod_in, typmod_out, analyze, subscript, internal_length,
-- passed_by_value, alignment, storage, category, preferred, default, element, delimiter,
-- collatable, comment, privileges}]. Array types (an internal dependency on their element) and
-- extensions' types are left out. Functions are written as `regproc` prints them.
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'name', t.typname,
    'owner', pg_get_userbyid(t.typowner),
    'input', t.typinput::regproc::text,
    'output', t.typoutput::regproc::text,
    'receive', case when t.typreceive <> 0 then t.typreceive::regproc::text end,
    'send', case when t.typsend <> 0 then t.typsend::regproc::text end,
    'typmod_in', case when t.typmodin <> 0 then t.typmodin::regproc::text end,
    'typmod_out', case when t.typmodout <> 0 then t.typmodout::regproc::text end,
    'analyze', case when t.typanalyze <> 0 then t.typanalyze::regproc::text end,
    -- The handler ELEMENT implies from 14 on is left out: written, it would not load before 14.
    -- ELEMENT without one (ALTER TYPE ... SET (SUBSCRIPT = NONE)) is `-`, as regproc prints none.
    'subscript', case when t.typsubscript <> 0 and not (t.typelem <> 0 and t.typsubscript = 'raw_array_subscript_handler'::regproc) then t.typsubscript::regproc::text when t.typsubscript = 0 and t.typelem <> 0 then '-' end, -- [pg14+]
    'internal_length', t.typlen,
    'passed_by_value', t.typbyval,
    'alignment', case t.typalign when 'c' then 'char' when 's' then 'int2' when 'i' then 'int4' else 'double' end,
    'storage', case t.typstorage when 'p' then 'plain' when 'e' then 'external' when 'm' then 'main' else 'extended' end,
    'category', t.typcategory,
    'preferred', t.typispreferred,
    'default', t.typdefault,
    'element', case when t.typelem <> 0 then format_type(t.typelem, null) end,
    'delimiter', t.typdelim,
    'collatable', t.typcollation <> 0,
    'comment', dsc.description,
    'privileges', {{privileges t.typacl | t.typowner | 'T'}}
)), '[]')
from pg_type t
join pg_namespace n on n.oid = t.typnamespace
left join pg_description dsc on dsc.objoid = t.oid and dsc.classoid = 'pg_type'::regclass and dsc.objsubid = 0
where t.typtype = 'b'
  and t.oid >= 16384
  and {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_type'::regclass and d.objid = t.oid and d.deptype in ('e', 'i'))
