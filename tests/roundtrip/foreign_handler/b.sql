create extension postgres_fdw;
create foreign data wrapper w handler postgres_fdw_handler validator postgres_fdw_validator;
create server s foreign data wrapper w options (host 'db.example', dbname 'app');
create server other foreign data wrapper postgres_fdw options (host 'other.example');
