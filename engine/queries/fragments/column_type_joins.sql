join pg_type used_type on used_type.oid = $1.atttypid
join pg_type ref_type on ref_type.oid = case when used_type.typcategory = 'A' and used_type.typelem <> 0
                                             then used_type.typelem else used_type.oid end
join pg_namespace ref_ns on ref_ns.oid = ref_type.typnamespace
left join pg_collation coll on coll.oid = $1.attcollation and $1.attcollation <> used_type.typcollation
left join pg_namespace coll_ns on coll_ns.oid = coll.collnamespace
left join pg_description col_dsc on col_dsc.objoid = $1.attrelid and col_dsc.classoid = 'pg_class'::regclass
                                and col_dsc.objsubid = $1.attnum
