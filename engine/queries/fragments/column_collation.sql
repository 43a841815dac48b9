case when coll.oid is not null then json_build_object('schema', coll_ns.nspname, 'name', coll.collname) end
