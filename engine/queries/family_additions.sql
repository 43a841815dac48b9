-- Members users added with ALTER OPERATOR FAMILY ... ADD to a family no list holds (a built-in
-- family, an extension's) when the member's operator or function is the user's (an extension's
-- script adds members of its own): [{family_schema, family, access_method, name, definition,
-- uses}], uses naming the operator or function as a dependency does. A class's own members
-- (a dependency on the class) come with the class. No dependency names a built-in family (it is
-- pinned), and the member depends on its operator or function automatically: dropping that drops
-- the member. pg_dump leaves these members out (it dumps no built-in family).
with ext_members as (
    select d.classid, d.objid from pg_depend d
    where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
),
added as (
    select ao.amopfamily as family,
           'OPERATOR ' || ao.amopstrategy || ' (' || format_type(ao.amoplefttype, null) || ', '
           || format_type(ao.amoprighttype, null) || ')' as name,
           'OPERATOR ' || ao.amopstrategy || ' ' || quote_ident(opn.nspname) || '.' || op.oprname
           || '(' || format_type(ao.amoplefttype, null) || ', ' || format_type(ao.amoprighttype, null) || ')'
           || coalesce(' FOR ORDER BY ' || quote_ident(sfn.nspname) || '.' || quote_ident(sf.opfname), '') as definition,
           json_build_object('kind', 'operator', 'schema', opn.nspname, 'name', op.oprname,
               'args', coalesce(format_type(nullif(op.oprleft, 0), null), 'NONE') || ', '
                       || coalesce(format_type(nullif(op.oprright, 0), null), 'NONE')) as uses
    from pg_amop ao
    join pg_operator op on op.oid = ao.amopopr
    join pg_namespace opn on opn.oid = op.oprnamespace
    left join pg_opfamily sf on sf.oid = ao.amopsortfamily and ao.amoppurpose = 'o'
    left join pg_namespace sfn on sfn.oid = sf.opfnamespace
    where ao.oid >= 16384 and op.oid >= 16384
      and not exists (select from pg_depend d where d.classid = 'pg_amop'::regclass and d.objid = ao.oid
                      and d.refclassid = 'pg_opclass'::regclass)
      and (ao.amopfamily < 16384
           or exists (select from ext_members m where m.classid = 'pg_opfamily'::regclass and m.objid = ao.amopfamily))
      and not exists (select from ext_members m where m.classid = 'pg_operator'::regclass and m.objid = op.oid)
    union all
    select ap.amprocfamily,
           'FUNCTION ' || ap.amprocnum || ' (' || format_type(ap.amproclefttype, null) || ', '
           || format_type(ap.amprocrighttype, null) || ')',
           'FUNCTION ' || ap.amprocnum || ' (' || format_type(ap.amproclefttype, null) || ', '
           || format_type(ap.amprocrighttype, null) || ') ' || quote_ident(pn.nspname) || '.'
           || quote_ident(p.proname) || '(' || oidvectortypes(p.proargtypes) || ')',
           json_build_object('kind', 'function', 'schema', pn.nspname, 'name', p.proname,
               'args', pg_get_function_identity_arguments(p.oid))
    from pg_amproc ap
    join pg_proc p on p.oid = ap.amproc
    join pg_namespace pn on pn.oid = p.pronamespace
    where ap.oid >= 16384 and p.oid >= 16384
      and not exists (select from pg_depend d where d.classid = 'pg_amproc'::regclass and d.objid = ap.oid
                      and d.refclassid = 'pg_opclass'::regclass)
      and (ap.amprocfamily < 16384
           or exists (select from ext_members m where m.classid = 'pg_opfamily'::regclass and m.objid = ap.amprocfamily))
      and not exists (select from ext_members m where m.classid = 'pg_proc'::regclass and m.objid = p.oid)
)
select coalesce(json_agg(json_build_object(
    'family_schema', fn.nspname,
    'family', f.opfname,
    'access_method', am.amname,
    'name', a.name,
    'definition', a.definition,
    'uses', a.uses
)), '[]')
from added a
join pg_opfamily f on f.oid = a.family
join pg_namespace fn on fn.oid = f.opfnamespace
join pg_am am on am.oid = f.opfmethod
