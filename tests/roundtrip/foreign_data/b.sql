create function fdw_check(text[], oid) returns boolean language sql as $$ select true $$;
create function fdw_check_more(text[], oid) returns boolean language sql as $$ select true $$;
create foreign data wrapper kept validator fdw_check_more options (b '3', c '4');
create foreign data wrapper added;
create server s_alter version '2' foreign data wrapper kept options (host 'b', dbname 'd');
create server s_retype type 'y' foreign data wrapper kept;
create server s_added type 't' foreign data wrapper added options (x 'y');
create user mapping for current_user server s_alter options (user 'v');
create user mapping for current_user server s_retype options (user 'r');
create user mapping for public server s_added options (user 'n');
comment on server s_alter is 'new';
comment on foreign data wrapper added is 'fresh';

create table measurements (id integer not null, at date not null) partition by range (at);
create foreign table ft_kept (
    id integer options (column_name 'rid', extra '1') not null,
    name text not null default 'y',
    retyped bigint,
    added text,
    constraint ft_kept_id check (id > 1)
) server s_alter options (schema_name 'b', updatable 'false');
create foreign table ft_moved (id integer) server s_added options (table_name 'm');
-- Unchanged, on a server that is replaced: dropped before it and created again after, with a
-- view over it.
create foreign table ft_on_retyped (id integer, note text options (column_name 'n')) server s_retype options (table_name 'r');
comment on foreign table ft_on_retyped is 'kept';
create view ft_on_retyped_view as select id from ft_on_retyped;
create foreign table ft_added (id integer, v text options (column_name 'value'))
    server s_alter options (table_name 'x');
create foreign table m_2021 partition of measurements
    for values from ('2021-01-01') to ('2022-01-01') server s_alter options (table_name 'm21');
comment on foreign table ft_kept is 'new';
