-- Publications: [{name, owner, all_tables, publish, via_partition_root, generated_columns, tables:
-- [{schema, name, columns, row_filter}], schemas, comment}], nulls left out.
with
schemas as ( -- [pg15+]
    select pn.pnpubid, json_agg(n.nspname order by n.nspname) as list -- [pg15+]
    from pg_publication_namespace pn -- [pg15+]
    join pg_namespace n on n.oid = pn.pnnspid -- [pg15+]
    group by pn.pnpubid -- [pg15+]
), -- [pg15+]
rels as (
    select pr.prpubid,
           json_agg(json_build_object(
               'columns', (select json_agg(a.attname order by a.attnum) from pg_attribute a -- [pg15+]
                           where a.attrelid = pr.prrelid and a.attnum = any (pr.prattrs)), -- [pg15+]
               'row_filter', pg_get_expr(pr.prqual, pr.prrelid), -- [pg15+]
               'schema', n.nspname,
               'name', c.relname
           ) order by n.nspname, c.relname) as list
    from pg_publication_rel pr
    join pg_class c on c.oid = pr.prrelid
    join pg_namespace n on n.oid = c.relnamespace
    group by pr.prpubid
)
select coalesce(json_agg(json_strip_nulls(json_build_object(
    'name', p.pubname,
    'owner', pg_get_userbyid(p.pubowner),
    'all_tables', p.puballtables,
    'publish', (select coalesce(json_agg(op order by o), '[]') from (values
                    (1, 'insert', p.pubinsert), (2, 'update', p.pubupdate),
                    (3, 'delete', p.pubdelete), (4, 'truncate', p.pubtruncate)) ops(o, op, enabled)
                where enabled),
    'via_partition_root', p.pubviaroot,
    'generated_columns', case when p.pubgencols = 's' then 'stored' end, -- [pg18+]
    'schemas', schemas.list, -- [pg15+]
    'tables', rels.list,
    'comment', dsc.description
))), '[]')
from pg_publication p
left join rels on rels.prpubid = p.oid
left join schemas on schemas.pnpubid = p.oid -- [pg15+]
left join pg_description dsc on dsc.objoid = p.oid and dsc.classoid = 'pg_publication'::regclass and dsc.objsubid = 0
