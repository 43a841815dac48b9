-- Operators users created: [{schema, name, owner, identity_arguments, left_type, right_type, function,
-- commutator, negator, restrict, join, hashes, merges, comment}]. Built-in ones (oid below
-- 16384), extensions' and shells (no function yet: named as another's commutator or negator)
-- are left out. Functions are written schema-qualified, commutator and negator as OPERATOR(s.op).
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'name', o.oprname,
    'owner', pg_get_userbyid(o.oprowner),
    'identity_arguments', coalesce(format_type(nullif(o.oprleft, 0), null), 'NONE') || ', '
                          || coalesce(format_type(nullif(o.oprright, 0), null), 'NONE'),
    'left_type', format_type(nullif(o.oprleft, 0), null),
    'right_type', format_type(nullif(o.oprright, 0), null),
    'function', quote_ident(fn.nspname) || '.' || quote_ident(f.proname),
    'commutator', 'OPERATOR(' || quote_ident(comn.nspname) || '.' || com.oprname || ')',
    'negator', 'OPERATOR(' || quote_ident(negn.nspname) || '.' || neg.oprname || ')',
    'restrict', quote_ident(rn.nspname) || '.' || quote_ident(r.proname),
    'join', quote_ident(jn.nspname) || '.' || quote_ident(j.proname),
    'hashes', o.oprcanhash,
    'merges', o.oprcanmerge,
    'comment', dsc.description
)), '[]')
from pg_operator o
join pg_namespace n on n.oid = o.oprnamespace
join pg_proc f on f.oid = o.oprcode join pg_namespace fn on fn.oid = f.pronamespace
left join pg_operator com on com.oid = o.oprcom
left join pg_namespace comn on comn.oid = com.oprnamespace
left join pg_operator neg on neg.oid = o.oprnegate
left join pg_namespace negn on negn.oid = neg.oprnamespace
left join pg_proc r on r.oid = o.oprrest
left join pg_namespace rn on rn.oid = r.pronamespace
left join pg_proc j on j.oid = o.oprjoin
left join pg_namespace jn on jn.oid = j.pronamespace
left join pg_description dsc on dsc.objoid = o.oid and dsc.classoid = 'pg_operator'::regclass and dsc.objsubid = 0
where o.oid >= 16384
  and {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_operator'::regclass and d.objid = o.oid and d.deptype = 'e')
