-- Objects of the database that no catalog list models, so that no diff passes them over in
-- silence: [{kind, schema, name}], kind and name as pg_identify_object gives them (type and
-- identity), schema null for objects in no schema.
--
-- Every table of pg_catalog with an oid column is examined, so a catalog a future PostgreSQL adds
-- is reported too (as `<table> entry`, by oid) until the engine knows it. The catalogs the lists
-- read are examined by what of them the lists leave out (`unread_rows` below: shell
-- operators); those that no list
-- reads are listed whole, read through query_to_xml, the one way a plain SELECT can run a query
-- built from a catalog's name. Left out everywhere: the system's objects (oid below 16384,
-- FirstNormalObjectId), extension members (the extension stands for them) and objects that are
-- an internal part of another (an array type, a table's row type, an operator class's members:
-- pg_depend deptype 'i'), which come and go with their owner. Cluster-level objects (roles,
-- tablespaces, databases) are not the database's; shared catalogs are skipped (the database's
-- subscriptions, which live in one, are a list of their own).
with unread_catalogs(relname) as (
    values ('pg_largeobject_metadata')
),
-- The catalogs the lists read, examined below by what the lists leave out of them. pg_enum's
-- rows are an enum's labels, not objects; pg_amop's and pg_amproc's are the members of an
-- operator family or class, which stands for them when a list reads it; members users add to
-- other families are the family_additions list.
read_catalogs(relname) as (
    values ('pg_am'), ('pg_amop'), ('pg_amproc'), ('pg_attrdef'), ('pg_cast'), ('pg_class'), ('pg_collation'),
           ('pg_conversion'), ('pg_language'),
           ('pg_constraint'), ('pg_default_acl'),
           ('pg_enum'), ('pg_event_trigger'), ('pg_extension'), ('pg_foreign_data_wrapper'),
           ('pg_foreign_server'), ('pg_namespace'), ('pg_opclass'), ('pg_operator'), ('pg_opfamily'),
           ('pg_policy'),
           ('pg_proc'), ('pg_publication'), ('pg_publication_namespace'), ('pg_publication_rel'),
           ('pg_rewrite'), ('pg_statistic_ext'), ('pg_trigger'),
           ('pg_transform'), ('pg_ts_config'), ('pg_ts_dict'), ('pg_ts_parser'), ('pg_ts_template'),
           ('pg_type'), ('pg_user_mapping')
),
catalogs as (
    select c.oid as classid, c.relname, u.relname is not null as known
    from pg_class c
    join pg_attribute a on a.attrelid = c.oid and a.attname = 'oid' and not a.attisdropped
    left join unread_catalogs u on u.relname = c.relname
    where c.relnamespace = 'pg_catalog'::regnamespace
      and c.relkind = 'r'
      and not c.relisshared
      and c.relname not in (select relname from read_catalogs)
      and has_column_privilege(c.oid, a.attnum, 'SELECT')
),
unread as (
    -- A large object's address names pg_largeobject, though its row is in the metadata.
    select case when cat.relname = 'pg_largeobject_metadata' then 'pg_largeobject'::regclass::oid
                else cat.classid end as classid,
           m[1]::oid as objid, cat.known, cat.relname
    from catalogs cat,
         regexp_matches(
             -- Large objects are all the user's, whatever oid lo_create was given.
             query_to_xml(format('select oid from pg_catalog.%I where oid >= %s', cat.relname,
                                 case when cat.relname = 'pg_largeobject_metadata' then 0 else 16384 end),
                          false, false, '')::text,
             '<oid>(\d+)</oid>', 'g') as m
),
unread_rows as (
    -- Shell operators: named as another's commutator or negator, never defined.
    select 'pg_operator'::regclass as classid, o.oid as objid
    from pg_operator o
    where o.oid >= 16384 and o.oprcode = 0
),
objects as (
    select classid, objid, true as known, null::name as relname from unread_rows
    union all
    select classid, objid, known, relname from unread
),
found as (
    select case when o.known then i.type else o.relname || ' entry' end as kind,
           i.schema,
           case when o.known then i.identity else o.objid::text end as name
    from objects o
    -- pg_identify_object errs on a catalog it does not know: called on known ones only.
    left join lateral (select * from pg_identify_object(o.classid, o.objid, 0) where o.known) i on true
    where not exists (
              select from pg_depend d
              where d.classid = o.classid and d.objid = o.objid and d.deptype in ('e', 'i'))
)
select coalesce(json_agg(json_build_object('kind', kind, 'schema', schema, 'name', name)), '[]')
from found
where {{user_schema coalesce(schema, '')}}
