create schema app;
alter default privileges in schema app grant select, insert on tables to postgres;
alter default privileges revoke execute on functions from public;
alter default privileges in schema app grant usage on sequences to schemainspect_test_role;
