-- Text search templates users created: [{schema, name, init, lexize, comment}]. Built-in ones
-- (oid below 16384) and extensions' are left out. Functions are written schema-qualified,
-- whatever the search_path.
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'name', t.tmplname,
    'init', quote_ident(fi_n.nspname) || '.' || quote_ident(fi.proname),
    'lexize', quote_ident(fl_n.nspname) || '.' || quote_ident(fl.proname),
    'comment', dsc.description
)), '[]')
from pg_ts_template t
join pg_namespace n on n.oid = t.tmplnamespace
join pg_proc fl on fl.oid = t.tmpllexize join pg_namespace fl_n on fl_n.oid = fl.pronamespace
left join pg_proc fi on fi.oid = t.tmplinit
left join pg_namespace fi_n on fi_n.oid = fi.pronamespace
left join pg_description dsc on dsc.objoid = t.oid and dsc.classoid = 'pg_ts_template'::regclass and dsc.objsubid = 0
where t.oid >= 16384
  and {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_ts_template'::regclass and d.objid = t.oid and d.deptype = 'e')
