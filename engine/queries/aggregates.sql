-- Aggregates: [{schema, name, identity_arguments, argument_types, transition_function, state_type,
-- final_function, combine_function, initial_condition, aggregate_kind, definition, owner, comment,
-- privileges}]. PostgreSQL has no pg_get_aggregatedef: the definition is written here from
-- pg_aggregate (the same columns on 13 to 18), one option a line, options at their defaults left
-- out (concat_ws skips nulls). finalfunc_modify defaults to read_only for normal aggregates and
-- read_write for the others. Functions are regproc text: schema-qualified only when not visible.
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'name', p.proname,
    'identity_arguments', pg_get_function_identity_arguments(p.oid),
    'argument_types', oidvectortypes(p.proargtypes),
    'transition_function', ag.aggtransfn::regproc::text,
    'state_type', format_type(ag.aggtranstype, null),
    'final_function', nullif(ag.aggfinalfn::oid, 0)::regproc::text,
    'combine_function', nullif(ag.aggcombinefn::oid, 0)::regproc::text,
    'initial_condition', ag.agginitval,
    'aggregate_kind', case ag.aggkind when 'o' then 'ordered_set' when 'h' then 'hypothetical' else 'normal' end,
    'definition', 'create aggregate ' || quote_ident(n.nspname) || '.' || quote_ident(p.proname)
        || '(' || coalesce(nullif(pg_get_function_arguments(p.oid), ''), '*') || E') (\n    '
        || concat_ws(E',\n    ',
            'sfunc = ' || ag.aggtransfn::regproc::text,
            'stype = ' || format_type(ag.aggtranstype, null),
            'sspace = ' || nullif(ag.aggtransspace, 0),
            'finalfunc = ' || nullif(ag.aggfinalfn::oid, 0)::regproc::text,
            case when ag.aggfinalextra then 'finalfunc_extra' end,
            case when ag.aggfinalmodify <> (case ag.aggkind when 'n' then 'r' else 'w' end)::"char" then
                'finalfunc_modify = ' || case ag.aggfinalmodify when 's' then 'shareable' when 'w' then 'read_write'
                                         else 'read_only' end end,
            'combinefunc = ' || nullif(ag.aggcombinefn::oid, 0)::regproc::text,
            'serialfunc = ' || nullif(ag.aggserialfn::oid, 0)::regproc::text,
            'deserialfunc = ' || nullif(ag.aggdeserialfn::oid, 0)::regproc::text,
            'initcond = ' || quote_literal(ag.agginitval),
            'msfunc = ' || nullif(ag.aggmtransfn::oid, 0)::regproc::text,
            'minvfunc = ' || nullif(ag.aggminvtransfn::oid, 0)::regproc::text,
            'mstype = ' || format_type(nullif(ag.aggmtranstype, 0), null),
            'msspace = ' || nullif(ag.aggmtransspace, 0),
            'mfinalfunc = ' || nullif(ag.aggmfinalfn::oid, 0)::regproc::text,
            case when ag.aggmfinalextra then 'mfinalfunc_extra' end,
            case when ag.aggmtransfn <> 0
                  and ag.aggmfinalmodify <> (case ag.aggkind when 'n' then 'r' else 'w' end)::"char" then
                'mfinalfunc_modify = ' || case ag.aggmfinalmodify when 's' then 'shareable' when 'w' then 'read_write'
                                          else 'read_only' end end,
            'minitcond = ' || quote_literal(ag.aggminitval),
            'sortop = operator(' || nullif(ag.aggsortop::oid, 0)::regoper::text || ')',
            'parallel = ' || case p.proparallel when 's' then 'safe' when 'r' then 'restricted' end,
            case when ag.aggkind = 'h' then 'hypothetical' end)
        || E'\n)',
    'owner', pg_get_userbyid(p.proowner),
    'comment', dsc.description,
    'privileges', {{privileges p.proacl | p.proowner | 'f'}}
)), '[]')
from pg_proc p
join pg_aggregate ag on ag.aggfnoid = p.oid
join pg_namespace n on n.oid = p.pronamespace
left join pg_description dsc on dsc.objoid = p.oid and dsc.classoid = 'pg_proc'::regclass and dsc.objsubid = 0
where p.prokind = 'a'
  and {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
