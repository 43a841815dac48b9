-- Event triggers: [{name, event, tags, function_schema, function_name, enabled, owner, comment}].
select coalesce(json_agg(json_build_object(
    'name', e.evtname,
    'event', e.evtevent,
    'tags', coalesce(to_json(e.evttags), '[]'),
    'function_schema', fn.nspname,
    'function_name', f.proname,
    'enabled', case e.evtenabled when 'O' then 'origin' when 'D' then 'disabled' when 'R' then 'replica' else 'always' end,
    'owner', pg_get_userbyid(e.evtowner),
    'comment', dsc.description
)), '[]')
from pg_event_trigger e
join pg_proc f on f.oid = e.evtfoid
join pg_namespace fn on fn.oid = f.pronamespace
left join pg_description dsc on dsc.objoid = e.oid and dsc.classoid = 'pg_event_trigger'::regclass and dsc.objsubid = 0
where not exists (
    select from pg_depend d
    where d.classid = 'pg_event_trigger'::regclass and d.objid = e.oid and d.deptype = 'e')
