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
