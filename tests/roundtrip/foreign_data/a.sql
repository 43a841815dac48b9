-- Foreign data: wrappers created, dropped, with a new validator and options added, set and
-- dropped; servers created, dropped, with a new version and options, with a new type (replaced,
-- with its user mapping); user mappings created, dropped and with new options (secrets:
-- foreign_secrets).
create function fdw_check(text[], oid) returns boolean language sql as $$ select true $$;
create function fdw_check_more(text[], oid) returns boolean language sql as $$ select true $$;
create foreign data wrapper kept validator fdw_check options (a '1', b '2', d '5');
create foreign data wrapper gone;
create server s_alter version '1' foreign data wrapper kept options (host 'a', port '1');
create server s_retype type 'x' foreign data wrapper kept;
create server s_gone foreign data wrapper gone;
create user mapping for current_user server s_alter options (user 'u');
create user mapping for public server s_alter options (user 'x');
create user mapping for current_user server s_retype options (user 'r');
create user mapping for public server s_gone;
comment on server s_alter is 'old';

-- Foreign tables (on the wrapper without handler: created, never read): columns added, dropped,
-- retyped, with a new default and NOT NULL, a CHECK constraint changed, table and column
-- options added, set and dropped, a comment changed; one moved to another server (replaced),
-- one dropped; a foreign partition of a partitioned table dropped, another created.
create table measurements (id integer not null, at date not null) partition by range (at);
create foreign table ft_kept (
    id integer options (column_name 'remote_id', dropped 'x') not null,
    name text default 'x',
    gone integer,
    retyped integer,
    constraint ft_kept_id check (id > 0)
) server s_alter options (schema_name 'a', table_name 't1');
create foreign table ft_moved (id integer) server s_alter options (table_name 'm');
-- Unchanged, on a server that is replaced: dropped before it and created again after, with a
-- view over it.
create foreign table ft_on_retyped (id integer, note text options (column_name 'n')) server s_retype options (table_name 'r');
comment on foreign table ft_on_retyped is 'kept';
create view ft_on_retyped_view as select id from ft_on_retyped;
create foreign table ft_gone (id integer) server s_alter;
create foreign table m_2020 partition of measurements
    for values from ('2020-01-01') to ('2021-01-01') server s_alter;
comment on foreign table ft_kept is 'old';
comment on column ft_kept.name is 'a name';
