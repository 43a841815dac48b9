create schema app;
alter default privileges in schema app grant select on tables to postgres;
alter default privileges grant execute on functions to schemainspect_test_role;
