-- The members of operator families and classes: (refclassid, refobjid, name, definition), for
-- the family or class each depends on (pg_depend: automatic on a family for those added by
-- ALTER OPERATOR FAMILY, internal on a class for the class's own).
select md.refclassid, md.refobjid,
       'OPERATOR ' || ao.amopstrategy || ' (' || format_type(ao.amoplefttype, null) || ', '
       || format_type(ao.amoprighttype, null) || ')' as name,
       'OPERATOR ' || ao.amopstrategy || ' ' || quote_ident(opn.nspname) || '.' || op.oprname
       || '(' || format_type(ao.amoplefttype, null) || ', ' || format_type(ao.amoprighttype, null) || ')'
       || coalesce(' FOR ORDER BY ' || quote_ident(sfn.nspname) || '.' || quote_ident(sf.opfname), '') as definition
from pg_depend md
join pg_amop ao on ao.oid = md.objid
join pg_operator op on op.oid = ao.amopopr
join pg_namespace opn on opn.oid = op.oprnamespace
left join pg_opfamily sf on sf.oid = ao.amopsortfamily and ao.amoppurpose = 'o'
left join pg_namespace sfn on sfn.oid = sf.opfnamespace
where md.classid = 'pg_amop'::regclass and md.objid >= 16384
  and md.refclassid in ('pg_opclass'::regclass, 'pg_opfamily'::regclass) and md.deptype in ('a', 'i')
union all
select md.refclassid, md.refobjid,
       'FUNCTION ' || ap.amprocnum || ' (' || format_type(ap.amproclefttype, null) || ', '
       || format_type(ap.amprocrighttype, null) || ')',
       'FUNCTION ' || ap.amprocnum || ' (' || format_type(ap.amproclefttype, null) || ', '
       || format_type(ap.amprocrighttype, null) || ') ' || quote_ident(pn.nspname) || '.'
       || quote_ident(p.proname) || '(' || oidvectortypes(p.proargtypes) || ')'
from pg_depend md
join pg_amproc ap on ap.oid = md.objid
join pg_proc p on p.oid = ap.amproc
join pg_namespace pn on pn.oid = p.pronamespace
where md.classid = 'pg_amproc'::regclass and md.objid >= 16384
  and md.refclassid in ('pg_opclass'::regclass, 'pg_opfamily'::regclass) and md.deptype in ('a', 'i')
