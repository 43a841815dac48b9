-- Dependencies between user objects: [{dependent: ref, referenced: ref}], ref = {kind, schema,
-- table, name, args, column}. From pg_depend (normal and automatic edges), with each side mapped to
-- the object the catalog lists: a view's _RETURN rule to the view (other rules are rules), a column default to its column,
-- an array type to its element type, a domain constraint to its domain, and anything an extension
-- owns to the extension; a cast is named by its two types, a user mapping by its role and
-- server, a transform by its type and language. The list is built as text (a JSON document: clients read the value as text anyway),
-- which spares the server a second pass to check it.
with user_ns as (
    select oid, nspname from pg_namespace
    where {{user_schema nspname}}
),
members as (
    select d.classid, d.objid, e.extname
    from pg_depend d join pg_extension e on e.oid = d.refobjid
    where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
),
objs(classid, objid, kind, schema, tbl, name, args, col) as (
    select 'pg_class'::regclass, c.oid,
           case c.relkind when 'v' then 'view' when 'm' then 'materialized_view' when 'S' then 'sequence'
                          when 'i' then 'index' when 'I' then 'index' when 'c' then 'composite_type' else 'table' end,
           n.nspname, case when c.relkind in ('i', 'I') then itc.relname end,
           c.relname, null::text, null::name
    from pg_class c join user_ns n on n.oid = c.relnamespace
    left join pg_index i on i.indexrelid = c.oid
    left join pg_class itc on itc.oid = i.indrelid
    where c.relkind in ('r', 'p', 'f', 'v', 'm', 'S', 'i', 'I', 'c')
    union all
    select 'pg_type'::regclass, t.oid,
           case t.typtype when 'e' then 'enum' when 'd' then 'domain' when 'r' then 'range_type'
                          when 'b' then 'base_type' when 'p' then 'shell_type' else 'composite_type' end,
           n.nspname, null, t.typname, null, null
    from pg_type t join user_ns n on n.oid = t.typnamespace
    where t.typtype in ('e', 'd', 'r') or (t.typtype = 'c' and exists (select from pg_class c where c.oid = t.typrelid and c.relkind = 'c'))
       -- Base and shell types users made; extensions' stay out, as before they were modeled.
       or (t.typtype in ('b', 'p') and t.oid >= 16384 and (t.typtype = 'p' or t.typarray <> 0)
           and not exists (select from members m where m.classid = 'pg_type'::regclass and m.objid = t.oid))
    union all
    select 'pg_type'::regclass, arr.oid,
           case t.typtype when 'e' then 'enum' when 'd' then 'domain' when 'r' then 'range_type'
                          when 'b' then 'base_type' else 'composite_type' end,
           n.nspname, null, t.typname, null, null
    from pg_type arr join pg_type t on t.typarray = arr.oid join user_ns n on n.oid = t.typnamespace
    where t.typtype in ('e', 'd', 'r') or (t.typtype = 'c' and exists (select from pg_class c where c.oid = t.typrelid and c.relkind = 'c'))
       or (t.typtype = 'b' and t.oid >= 16384
           and not exists (select from members m where m.classid = 'pg_type'::regclass and m.objid = t.oid))
    union all
    select 'pg_proc'::regclass, p.oid, case p.prokind when 'a' then 'aggregate' else 'function' end,
           n.nspname, null, p.proname,
           case when p.prokind = 'p'
                then regexp_replace(pg_get_function_identity_arguments(p.oid), '(^|, )IN ', '\1', 'g')
                else pg_get_function_identity_arguments(p.oid) end,
           null
    from pg_proc p join user_ns n on n.oid = p.pronamespace
    union all
    select 'pg_constraint'::regclass, con.oid, 'constraint', n.nspname, tc.relname, con.conname, null, null
    from pg_constraint con join pg_class tc on tc.oid = con.conrelid join user_ns n on n.oid = tc.relnamespace
    where con.contype in ('p', 'u', 'c', 'f', 'x')
    union all
    select 'pg_constraint'::regclass, con.oid, 'domain', n.nspname, null, t.typname, null, null
    from pg_constraint con join pg_type t on t.oid = con.contypid join user_ns n on n.oid = t.typnamespace
    union all
    select 'pg_trigger'::regclass, tg.oid, 'trigger', n.nspname, tc.relname, tg.tgname, null, null
    from pg_trigger tg join pg_class tc on tc.oid = tg.tgrelid join user_ns n on n.oid = tc.relnamespace
    where not tg.tgisinternal and tg.tgparentid = 0
    union all
    select 'pg_policy'::regclass, pol.oid, 'policy', n.nspname, tc.relname, pol.polname, null, null
    from pg_policy pol join pg_class tc on tc.oid = pol.polrelid join user_ns n on n.oid = tc.relnamespace
    union all
    select 'pg_rewrite'::regclass, r.oid, case c.relkind when 'm' then 'materialized_view' else 'view' end,
           n.nspname, null, c.relname, null, null
    from pg_rewrite r join pg_class c on c.oid = r.ev_class join user_ns n on n.oid = c.relnamespace
    where c.relkind in ('v', 'm') and r.rulename = '_RETURN'
    union all
    select 'pg_rewrite'::regclass, r.oid, 'rule', n.nspname, c.relname, r.rulename, null, null
    from pg_rewrite r join pg_class c on c.oid = r.ev_class join user_ns n on n.oid = c.relnamespace
    where r.rulename <> '_RETURN'
    union all
    -- The column's name by a lookup on both keys: joined, the planner probes by table alone.
    select 'pg_attrdef'::regclass, ad.oid, 'table', n.nspname, null, c.relname, null,
           (select a.attname from pg_attribute a where a.attrelid = ad.adrelid and a.attnum = ad.adnum)
    from pg_attrdef ad join pg_class c on c.oid = ad.adrelid join user_ns n on n.oid = c.relnamespace
    union all
    select 'pg_statistic_ext'::regclass, s.oid, 'statistics', n.nspname, null, s.stxname, null, null
    from pg_statistic_ext s join user_ns n on n.oid = s.stxnamespace
    union all
    select 'pg_namespace'::regclass, n.oid, 'schema', null, null, n.nspname, null, null from user_ns n
    union all
    -- An operator by its operand types, as its identity arguments.
    select 'pg_operator'::regclass, o.oid, 'operator', n.nspname, null, o.oprname,
           coalesce(format_type(nullif(o.oprleft, 0), null), 'NONE') || ', '
           || coalesce(format_type(nullif(o.oprright, 0), null), 'NONE'), null
    from pg_operator o join user_ns n on n.oid = o.oprnamespace
    union all
    select 'pg_language'::regclass, l.oid, 'language', null, null, l.lanname, null, null
    from pg_language l where l.oid >= 16384
    union all
    select 'pg_conversion'::regclass, co.oid, 'conversion', n.nspname, null, co.conname, null, null
    from pg_conversion co join user_ns n on n.oid = co.connamespace
    union all
    select 'pg_am'::regclass, am.oid, 'access_method', null, null, am.amname, null, null
    from pg_am am where am.oid >= 16384
    union all
    -- A transform by its type (as its name) and language (as its arguments).
    select 'pg_transform'::regclass, tr.oid, 'transform', null, null, format_type(tr.trftype, null),
           l.lanname::text, null
    from pg_transform tr join pg_language l on l.oid = tr.trflang
    union all
    select 'pg_opfamily'::regclass, f.oid, 'operator_family', n.nspname, null, f.opfname, am.amname, null
    from pg_opfamily f join user_ns n on n.oid = f.opfnamespace join pg_am am on am.oid = f.opfmethod
    union all
    select 'pg_opclass'::regclass, c.oid, 'operator_class', n.nspname, null, c.opcname, am.amname, null
    from pg_opclass c join user_ns n on n.oid = c.opcnamespace join pg_am am on am.oid = c.opcmethod
    union all
    -- A member of an operator family or class (pg_amop, pg_amproc) stands for the family (those
    -- ALTER OPERATOR FAMILY added) or class it belongs to.
    select md.classid, md.objid, case when c.oid is not null then 'operator_class' else 'operator_family' end,
           n.nspname, null, coalesce(c.opcname, f.opfname), am.amname, null
    from pg_depend md
    left join pg_opclass c on md.refclassid = 'pg_opclass'::regclass and c.oid = md.refobjid
    left join pg_opfamily f on md.refclassid = 'pg_opfamily'::regclass and f.oid = md.refobjid
    join user_ns n on n.oid = coalesce(c.opcnamespace, f.opfnamespace)
    join pg_am am on am.oid = coalesce(c.opcmethod, f.opfmethod)
    where md.classid in ('pg_amop'::regclass, 'pg_amproc'::regclass)
      and md.refclassid in ('pg_opclass'::regclass, 'pg_opfamily'::regclass) and md.deptype in ('a', 'i')
    union all
    select 'pg_ts_parser'::regclass, p.oid, 'text_search_parser', n.nspname, null, p.prsname, null, null
    from pg_ts_parser p join user_ns n on n.oid = p.prsnamespace
    union all
    select 'pg_ts_template'::regclass, t.oid, 'text_search_template', n.nspname, null, t.tmplname, null, null
    from pg_ts_template t join user_ns n on n.oid = t.tmplnamespace
    union all
    select 'pg_ts_dict'::regclass, d.oid, 'text_search_dictionary', n.nspname, null, d.dictname, null, null
    from pg_ts_dict d join user_ns n on n.oid = d.dictnamespace
    union all
    select 'pg_ts_config'::regclass, c.oid, 'text_search_configuration', n.nspname, null, c.cfgname, null, null
    from pg_ts_config c join user_ns n on n.oid = c.cfgnamespace
    union all
    select 'pg_collation'::regclass, co.oid, 'collation', n.nspname, null, co.collname, null, null
    from pg_collation co join user_ns n on n.oid = co.collnamespace
    union all
    select 'pg_event_trigger'::regclass, e.oid, 'event_trigger', null, null, e.evtname, null, null
    from pg_event_trigger e
    union all
    select 'pg_extension'::regclass, e.oid, 'extension', null, null, e.extname, null, null
    from pg_extension e
    union all
    select 'pg_foreign_data_wrapper'::regclass, w.oid, 'foreign_data_wrapper', null, null, w.fdwname, null, null
    from pg_foreign_data_wrapper w
    union all
    select 'pg_foreign_server'::regclass, s.oid, 'foreign_server', null, null, s.srvname, null, null
    from pg_foreign_server s
    union all
    -- A user mapping by its role (as its name) and server (as its arguments).
    select 'pg_user_mapping'::regclass, um.umid, 'user_mapping', null, null,
           case when um.umuser = 0 then 'public' else um.usename end, um.srvname::text, null
    from pg_user_mappings um
    union all
    -- A cast by its two types: the source as its name, the target as its arguments.
    select 'pg_cast'::regclass, ca.oid, 'cast', null, null, format_type(ca.castsource, null),
           format_type(ca.casttarget, null), null
    from pg_cast ca
    where ca.oid >= 16384
      and not exists (
        select from pg_depend d
        where d.classid = 'pg_cast'::regclass and d.objid = ca.oid and d.deptype = 'i')
),
resolved as (
    -- An extension's member stands for the extension itself.
    select o.classid, o.objid, coalesce(case when m.extname is not null then 'extension' end, o.kind) as kind,
           case when m.extname is null then o.schema end as schema,
           case when m.extname is null then o.tbl end as tbl,
           coalesce(m.extname, o.name) as name,
           case when m.extname is null then o.args end as args,
           case when m.extname is null then o.col end as col,
           m.extname is not null as is_member
    from objs o left join members m on m.classid = o.classid and m.objid = o.objid
),
-- Each object's reference as JSON text without its closing brace, built once per object rather
-- than once per edge end, so that an edge only appends its column. The text stands for the
-- object's identity too, and the rows stay narrow for the hash joins below.
refs as (
    select r.classid, r.objid, r.kind, r.col, r.is_member,
           '{"kind":' || to_json(r.kind)::text
           || coalesce(',"schema":' || to_json(r.schema)::text, '')
           || coalesce(',"table":' || to_json(r.tbl)::text, '')
           || ',"name":' || to_json(r.name)::text
           || coalesce(',"args":' || to_json(r.args)::text, '') as ref
    from resolved r
),
-- Not deduplicated nor sorted here: the catalog sorts and deduplicates its dependencies when it is
-- read. A column's name is looked up only for the edges that involve one (a join would probe
-- pg_attribute for every edge).
edges as (
    select a.ref as a_ref,
           coalesce(a.col, case when d.classid = 'pg_class'::regclass and d.objsubid > 0 then (
               select attname from pg_attribute where attrelid = d.objid and attnum = d.objsubid) end) as a_col,
           b.ref as b_ref,
           coalesce(b.col, case when d.refclassid = 'pg_class'::regclass and d.refobjsubid > 0 and not b.is_member then (
               select attname from pg_attribute where attrelid = d.refobjid and attnum = d.refobjsubid) end) as b_col
    from pg_depend d
    join refs a on a.classid = d.classid and a.objid = d.objid and not a.is_member
    join refs b on b.classid = d.refclassid and b.objid = d.refobjid
    where d.deptype in ('n', 'a')
      -- Every object depends on its schema; the catalog already says which schema that is.
      and b.kind <> 'schema'
      -- Not an edge from an object to itself (the same identity: a view and its rule, say).
      and a.ref <> b.ref
)
select ('[' || coalesce(string_agg(
    '{"dependent":' || a_ref || coalesce(',"column":' || to_json(a_col)::text, '') || '}'
    || ',"referenced":' || b_ref || coalesce(',"column":' || to_json(b_col)::text, '') || '}}', ','), '') || ']')
from edges
