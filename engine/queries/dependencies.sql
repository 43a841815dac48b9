-- Dependencies between user objects: [{dependent: ref, referenced: ref}], ref = {kind, schema,
-- table, name, args, column}. From pg_depend (normal and automatic edges), with each side mapped to
-- the object the catalog lists: a view's _RETURN rule to the view, a column default to its column,
-- an array type to its element type, a domain constraint to its domain, and anything an extension
-- owns to the extension.
with user_ns as (
    select oid, nspname from pg_namespace
    where nspname not in ('pg_catalog', 'information_schema')
      and nspname not like 'pg\_toast%'
      and nspname not like 'pg\_temp\_%'
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
           n.nspname, case when c.relkind in ('i', 'I') then (select tc.relname from pg_index i join pg_class tc on tc.oid = i.indrelid where i.indexrelid = c.oid) end,
           c.relname, null::text, null::name
    from pg_class c join user_ns n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p', 'v', 'm', 'S', 'i', 'I', 'c')
    union all
    select 'pg_type'::regclass, t.oid,
           case t.typtype when 'e' then 'enum' when 'd' then 'domain' when 'r' then 'range_type' else 'composite_type' end,
           n.nspname, null, t.typname, null, null
    from pg_type t join user_ns n on n.oid = t.typnamespace
    where t.typtype in ('e', 'd', 'r') or (t.typtype = 'c' and exists (select from pg_class c where c.oid = t.typrelid and c.relkind = 'c'))
    union all
    select 'pg_type'::regclass, arr.oid,
           case t.typtype when 'e' then 'enum' when 'd' then 'domain' when 'r' then 'range_type' else 'composite_type' end,
           n.nspname, null, t.typname, null, null
    from pg_type arr join pg_type t on t.oid = arr.typelem join user_ns n on n.oid = t.typnamespace
    where arr.typcategory = 'A' and (t.typtype in ('e', 'd', 'r') or (t.typtype = 'c' and exists (select from pg_class c where c.oid = t.typrelid and c.relkind = 'c')))
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
    where c.relkind in ('v', 'm')
    union all
    select 'pg_attrdef'::regclass, ad.oid, 'table', n.nspname, null, c.relname, null, a.attname
    from pg_attrdef ad join pg_class c on c.oid = ad.adrelid join user_ns n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = ad.adrelid and a.attnum = ad.adnum
    union all
    select 'pg_namespace'::regclass, n.oid, 'schema', null, null, n.nspname, null, null from user_ns n
    union all
    select 'pg_collation'::regclass, co.oid, 'collation', n.nspname, null, co.collname, null, null
    from pg_collation co join user_ns n on n.oid = co.collnamespace
    union all
    select 'pg_event_trigger'::regclass, e.oid, 'event_trigger', null, null, e.evtname, null, null
    from pg_event_trigger e
    union all
    select 'pg_extension'::regclass, e.oid, 'extension', null, null, e.extname, null, null
    from pg_extension e
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
edges as (
    select distinct
        a.kind as a_kind, a.schema as a_schema, a.tbl as a_tbl, a.name as a_name, a.args as a_args,
        coalesce(a.col, case when d.objsubid > 0 and d.classid = 'pg_class'::regclass and not a.is_member
                             then (select attname from pg_attribute where attrelid = d.objid and attnum = d.objsubid) end) as a_col,
        b.kind as b_kind, b.schema as b_schema, b.tbl as b_tbl, b.name as b_name, b.args as b_args,
        coalesce(b.col, case when d.refobjsubid > 0 and d.refclassid = 'pg_class'::regclass and not b.is_member
                             then (select attname from pg_attribute where attrelid = d.refobjid and attnum = d.refobjsubid) end) as b_col
    from pg_depend d
    join resolved a on a.classid = d.classid and a.objid = d.objid and not a.is_member
    join resolved b on b.classid = d.refclassid and b.objid = d.refobjid
    where d.deptype in ('n', 'a')
)
select coalesce(json_agg(json_build_object(
    'dependent', json_strip_nulls(json_build_object('kind', a_kind, 'schema', a_schema, 'table', a_tbl, 'name', a_name, 'args', a_args, 'column', a_col)),
    'referenced', json_strip_nulls(json_build_object('kind', b_kind, 'schema', b_schema, 'table', b_tbl, 'name', b_name, 'args', b_args, 'column', b_col))
) order by a_kind, a_schema, a_tbl, a_name, a_args, a_col, b_kind, b_schema, b_tbl, b_name, b_args, b_col), '[]')
from edges
-- Every object depends on its schema; the catalog already says which schema that is.
where b_kind <> 'schema'
  and (a_kind, a_schema, a_tbl, a_name, a_args) is distinct from (b_kind, b_schema, b_tbl, b_name, b_args)
