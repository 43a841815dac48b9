$1 not in ('pg_catalog', 'information_schema') and $1 not like 'pg\_toast%' and $1 not like 'pg\_temp\_%'
