revoke create on schema "app" from "schemainspect_test_role";

revoke select on sequence "app"."s" from "schemainspect_test_role";

revoke usage on sequence "app"."s" from "schemainspect_test_role";

revoke delete on table "app"."t" from "postgres";

revoke insert on table "app"."t" from "postgres";

revoke references on table "app"."t" from "postgres";

revoke select on table "app"."t" from "postgres";

revoke trigger on table "app"."t" from "postgres";

revoke truncate on table "app"."t" from "postgres";

revoke update on table "app"."t" from "postgres";

revoke update on table "app"."t" from "schemainspect_test_role";

revoke select on table "app"."v" from "postgres";

revoke execute on function "app"."f"() from "postgres";

grant usage on type "app"."e" to PUBLIC;

grant usage on sequence "app"."s" to "postgres";

grant select on table "app"."t" to "postgres";

grant insert on table "app"."t" to "schemainspect_test_role";

grant select ("id") on table "app"."t" to "postgres";

grant execute on function "app"."f"() to PUBLIC;

