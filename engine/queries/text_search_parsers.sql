-- Text search parsers users created: [{schema, name, start, get_token, end, lexical_types,
-- headline, comment}]. Built-in ones (oid below 16384) and extensions' are left out. Functions are
-- written schema-qualified, whatever the search_path.
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'name', p.prsname,
    'start', quote_ident(fs_n.nspname) || '.' || quote_ident(fs.proname),
    'get_token', quote_ident(ft_n.nspname) || '.' || quote_ident(ft.proname),
    'end', quote_ident(fe_n.nspname) || '.' || quote_ident(fe.proname),
    'lexical_types', quote_ident(fl_n.nspname) || '.' || quote_ident(fl.proname),
    'headline', quote_ident(fh_n.nspname) || '.' || quote_ident(fh.proname),
    'comment', dsc.description
)), '[]')
from pg_ts_parser p
join pg_namespace n on n.oid = p.prsnamespace
join pg_proc fs on fs.oid = p.prsstart join pg_namespace fs_n on fs_n.oid = fs.pronamespace
join pg_proc ft on ft.oid = p.prstoken join pg_namespace ft_n on ft_n.oid = ft.pronamespace
join pg_proc fe on fe.oid = p.prsend join pg_namespace fe_n on fe_n.oid = fe.pronamespace
join pg_proc fl on fl.oid = p.prslextype join pg_namespace fl_n on fl_n.oid = fl.pronamespace
left join pg_proc fh on fh.oid = p.prsheadline
left join pg_namespace fh_n on fh_n.oid = fh.pronamespace
left join pg_description dsc on dsc.objoid = p.oid and dsc.classoid = 'pg_ts_parser'::regclass and dsc.objsubid = 0
where p.oid >= 16384
  and {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_ts_parser'::regclass and d.objid = p.oid and d.deptype = 'e')
