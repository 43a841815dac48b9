-- Text search dictionaries users created: [{schema, name, owner, template, options: [{name, value}],
-- comment}]. Built-in ones (oid below 16384) and extensions' are left out. The options are read
-- out of dictinitoption, which PostgreSQL writes as `name = 'value', ...` (the name quoted where
-- it must be, the value always a string literal, E'...' when it holds a backslash), in its order.
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'name', d.dictname,
    'owner', pg_get_userbyid(d.dictowner),
    'template', quote_ident(tn.nspname) || '.' || quote_ident(t.tmplname),
    'options', coalesce(o.options, '[]'),
    'comment', dsc.description
)), '[]')
from pg_ts_dict d
join pg_namespace n on n.oid = d.dictnamespace
join pg_ts_template t on t.oid = d.dicttemplate
join pg_namespace tn on tn.oid = t.tmplnamespace
left join lateral (
    select json_agg(json_build_object('name', m.parts[1], 'value', m.parts[2]) order by m.ord) as options
    from regexp_matches(d.dictinitoption, '("(?:[^"]|"")*"|[^\s=,"]+) = (E?''(?:[^'']|'''')*'')', 'g')
         with ordinality as m(parts, ord)
) o on true
left join pg_description dsc on dsc.objoid = d.oid and dsc.classoid = 'pg_ts_dict'::regclass and dsc.objsubid = 0
where d.oid >= 16384
  and {{user_schema n.nspname}}
  and not exists (
      select from pg_depend dep
      where dep.classid = 'pg_ts_dict'::regclass and dep.objid = d.oid and dep.deptype = 'e')
