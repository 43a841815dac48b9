-- Aggregates: [{schema, name, identity_arguments, transition_function, state_type, final_function,
-- combine_function, initial_condition, aggregate_kind, owner, comment, privileges}].
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'name', p.proname,
    'identity_arguments', pg_get_function_identity_arguments(p.oid),
    'transition_function', ag.aggtransfn::regproc::text,
    'state_type', format_type(ag.aggtranstype, null),
    'final_function', case when ag.aggfinalfn <> 0 then ag.aggfinalfn::regproc::text end,
    'combine_function', case when ag.aggcombinefn <> 0 then ag.aggcombinefn::regproc::text end,
    'initial_condition', ag.agginitval,
    'aggregate_kind', case ag.aggkind when 'o' then 'ordered_set' when 'h' then 'hypothetical' else 'normal' end,
    'owner', pg_get_userbyid(p.proowner),
    'comment', dsc.description,
    'privileges', {{privileges p.proacl | p.proowner | 'f'}}
)), '[]')
from pg_proc p
join pg_aggregate ag on ag.aggfnoid = p.oid
join pg_namespace n on n.oid = p.pronamespace
left join pg_description dsc on dsc.objoid = p.oid and dsc.classoid = 'pg_proc'::regclass and dsc.objsubid = 0
where p.prokind = 'a'
  and n.nspname not in ('pg_catalog', 'information_schema')
  and n.nspname not like 'pg\_toast%'
  and n.nspname not like 'pg\_temp\_%'
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
