-- Text search configurations users created: [{schema, name, owner, parser, mappings: [{token_type,
-- dictionaries}], comment}]. Built-in ones (oid below 16384) and extensions' are left out. The
-- mappings come in the parser's token type order, each one's dictionaries in the order they are
-- consulted; parser and dictionaries are written schema-qualified, whatever the search_path.
with mappings as (
    select m.mapcfg,
           json_agg(json_build_object('token_type', tt.alias, 'dictionaries', m.dictionaries)
                    order by m.maptokentype) as mappings
    from (
        select cm.mapcfg, cm.maptokentype,
               json_agg(quote_ident(dn.nspname) || '.' || quote_ident(dc.dictname) order by cm.mapseqno) as dictionaries
        from pg_ts_config_map cm
        join pg_ts_dict dc on dc.oid = cm.mapdict
        join pg_namespace dn on dn.oid = dc.dictnamespace
        where cm.mapcfg >= 16384
        group by cm.mapcfg, cm.maptokentype
    ) m
    join pg_ts_config c on c.oid = m.mapcfg
    join lateral ts_token_type(c.cfgparser) tt on tt.tokid = m.maptokentype
    group by m.mapcfg
)
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'name', c.cfgname,
    'owner', pg_get_userbyid(c.cfgowner),
    'parser', quote_ident(pn.nspname) || '.' || quote_ident(p.prsname),
    'mappings', coalesce(m.mappings, '[]'),
    'comment', dsc.description
)), '[]')
from pg_ts_config c
join pg_namespace n on n.oid = c.cfgnamespace
join pg_ts_parser p on p.oid = c.cfgparser
join pg_namespace pn on pn.oid = p.prsnamespace
left join mappings m on m.mapcfg = c.oid
left join pg_description dsc on dsc.objoid = c.oid and dsc.classoid = 'pg_ts_config'::regclass and dsc.objsubid = 0
where c.oid >= 16384
  and {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_ts_config'::regclass and d.objid = c.oid and d.deptype = 'e')
