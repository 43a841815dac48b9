(select json_build_object('schema', coll_ns.nspname, 'name', coll.collname)
 from pg_collation coll
 join pg_namespace coll_ns on coll_ns.oid = coll.collnamespace
 join pg_type coll_type on coll_type.oid = $2
 where coll.oid = $1 and $1 <> coll_type.typcollation)
