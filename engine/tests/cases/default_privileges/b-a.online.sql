set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter default privileges for role "migra_test" in schema "app" revoke usage on sequences from "schemainspect_test_role";

alter default privileges for role "migra_test" in schema "app" revoke insert on tables from "postgres";

alter default privileges for role "migra_test" grant execute on functions to PUBLIC;

alter default privileges for role "migra_test" grant execute on functions to "schemainspect_test_role";

commit;

