-- Aggregates: [{schema, name, identity_arguments, arguments, argument_types, aggregate_kind,
-- transition_function, state_type, state_space, final_function, final_function_extra,
-- final_function_modify, combine_function, serial_function, deserial_function, initial_condition,
-- moving_transition_function, moving_inverse_function, moving_state_type, moving_state_space,
-- moving_final_function, moving_final_function_extra, moving_final_function_modify,
-- moving_initial_condition, sort_operator, parallel, owner, comment, privileges}]. pg_aggregate
-- has the same columns on 13 to 18. Function names are regproc text: schema-qualified only when
-- not visible on the search_path, as the rest of the catalog's SQL.
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'name', p.proname,
    'identity_arguments', pg_get_function_identity_arguments(p.oid),
    'arguments', pg_get_function_arguments(p.oid),
    'argument_types', oidvectortypes(p.proargtypes),
    'aggregate_kind', case ag.aggkind when 'o' then 'ordered_set' when 'h' then 'hypothetical' else 'normal' end,
    'transition_function', ag.aggtransfn::regproc::text,
    'state_type', format_type(ag.aggtranstype, null),
    'state_space', nullif(ag.aggtransspace, 0),
    'final_function', case when ag.aggfinalfn <> 0 then ag.aggfinalfn::regproc::text end,
    'final_function_extra', ag.aggfinalextra,
    'final_function_modify', case ag.aggfinalmodify when 's' then 'shareable' when 'w' then 'read_write' else 'read_only' end,
    'combine_function', case when ag.aggcombinefn <> 0 then ag.aggcombinefn::regproc::text end,
    'serial_function', case when ag.aggserialfn <> 0 then ag.aggserialfn::regproc::text end,
    'deserial_function', case when ag.aggdeserialfn <> 0 then ag.aggdeserialfn::regproc::text end,
    'initial_condition', ag.agginitval,
    'moving_transition_function', case when ag.aggmtransfn <> 0 then ag.aggmtransfn::regproc::text end,
    'moving_inverse_function', case when ag.aggminvtransfn <> 0 then ag.aggminvtransfn::regproc::text end,
    'moving_state_type', case when ag.aggmtranstype <> 0 then format_type(ag.aggmtranstype, null) end,
    'moving_state_space', nullif(ag.aggmtransspace, 0),
    'moving_final_function', case when ag.aggmfinalfn <> 0 then ag.aggmfinalfn::regproc::text end,
    'moving_final_function_extra', ag.aggmfinalextra,
    'moving_final_function_modify', case ag.aggmfinalmodify when 's' then 'shareable' when 'w' then 'read_write' else 'read_only' end,
    'moving_initial_condition', ag.aggminitval,
    'sort_operator', case when ag.aggsortop <> 0 then ag.aggsortop::regoper::text end,
    'parallel', case p.proparallel when 's' then 'safe' when 'r' then 'restricted' else 'unsafe' end,
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
