set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter default privileges for role "migra_test" revoke execute on functions from "schemainspect_test_role";

alter default privileges for role "migra_test" revoke execute on functions from PUBLIC;

alter default privileges for role "migra_test" in schema "app" grant usage on sequences to "schemainspect_test_role";

alter default privileges for role "migra_test" in schema "app" grant insert on tables to "postgres";

commit;

