-- Range types: [{schema, name, owner, subtype, subtype_opclass, collation, canonical, subtype_diff,
-- multirange_name, comment, privileges}]. The multirange types PostgreSQL 14+ creates with them are
-- not listed on their own; multirange_name is set only when it is not the derived default.
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'name', t.typname,
    'owner', pg_get_userbyid(t.typowner),
    'subtype', format_type(r.rngsubtype, null),
    'subtype_opclass', (
        select case when opc.opcdefault then null else quote_ident(ocn.nspname) || '.' || quote_ident(opc.opcname) end
        from pg_opclass opc join pg_namespace ocn on ocn.oid = opc.opcnamespace
        where opc.oid = r.rngsubopc),
    'collation', {{collation r.rngcollation | r.rngsubtype}},
    'canonical', case when r.rngcanonical <> 0 then r.rngcanonical::regproc::text end,
    'subtype_diff', case when r.rngsubdiff <> 0 then r.rngsubdiff::regproc::text end,
    'multirange_name', ( -- [pg14+]
        select case when mt.typname = case when t.typname like '%range%' -- [pg14+]
                                          then regexp_replace(t.typname, 'range', 'multirange') -- [pg14+]
                                          else t.typname || '_multirange' end -- [pg14+]
                    then null else mt.typname end -- [pg14+]
        from pg_type mt where mt.oid = r.rngmultitypid), -- [pg14+]
    'comment', dsc.description,
    'privileges', {{privileges t.typacl | t.typowner | 'T'}}
)), '[]')
from pg_type t
join pg_range r on r.rngtypid = t.oid
join pg_namespace n on n.oid = t.typnamespace
left join pg_description dsc on dsc.objoid = t.oid and dsc.classoid = 'pg_type'::regclass and dsc.objsubid = 0
where t.typtype = 'r'
  and {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_type'::regclass and d.objid = t.oid and d.deptype = 'e')
