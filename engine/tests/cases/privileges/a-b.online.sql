set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

revoke usage on type "app"."e" from PUBLIC;

revoke usage on sequence "app"."s" from "postgres";

revoke select on table "app"."t" from "postgres";

revoke insert on table "app"."t" from "schemainspect_test_role";

revoke execute on function "app"."f"() from PUBLIC;

grant create on schema "app" to "schemainspect_test_role";

grant select on sequence "app"."s" to "schemainspect_test_role";

grant usage on sequence "app"."s" to "schemainspect_test_role";

grant delete on table "app"."t" to "postgres" with grant option;

grant insert on table "app"."t" to "postgres" with grant option;

grant references on table "app"."t" to "postgres" with grant option;

grant select on table "app"."t" to "postgres" with grant option;

grant trigger on table "app"."t" to "postgres" with grant option;

grant truncate on table "app"."t" to "postgres" with grant option;

grant update on table "app"."t" to "postgres" with grant option;

grant update on table "app"."t" to "schemainspect_test_role";

grant update ("secret") on table "app"."t" to "postgres";

grant select on table "app"."v" to "postgres";

grant execute on function "app"."f"() to "postgres";

commit;

