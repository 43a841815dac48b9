case when ref_ns.nspname not in ('pg_catalog', 'information_schema') then json_build_object(
        'schema', ref_ns.nspname, 'name', ref_type.typname,
        'kind', case ref_type.typtype when 'e' then 'enum' when 'd' then 'domain' when 'r' then 'range_type'
                when 'c' then (select case ref_rel.relkind when 'c' then 'composite_type' when 'v' then 'view'
                               when 'm' then 'materialized_view' else 'table' end
                               from pg_class ref_rel where ref_rel.oid = ref_type.typrelid) end) end
