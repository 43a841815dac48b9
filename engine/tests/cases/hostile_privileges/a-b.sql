drop policy "to odd roles" on "Priv ""s"""."t ""1""";

revoke usage on schema "Priv ""s""" from "select";

revoke usage on type "Priv ""s"""."e ü" from "Odd ""role""";

revoke usage on sequence "Priv ""s"""."s$" from "a;b--";

revoke insert on table "Priv ""s"""."t ""1""" from "role.with.dots";

revoke select on table "Priv ""s"""."t ""1""" from "role.with.dots";

revoke update ("left") on table "Priv ""s"""."t ""1""" from "left";

revoke select ("select") on table "Priv ""s"""."t ""1""" from "ünï rôle";

revoke select on table "Priv ""s"""."v.1" from "$role";

revoke select on table "Priv ""s"""."m$" from "a;b--";

revoke execute on function "Priv ""s"""."f; --"() from "a role of 63 bytes: ""odd"" role; drop role x; -- ünïcode $ ...";

revoke execute on procedure "Priv ""s"""."p ""p"""() from PUBLIC;

revoke execute on procedure "Priv ""s"""."p ""p"""() from "left";

alter default privileges for role "migra_test" in schema "Priv ""s""" revoke execute on functions from "ünï rôle";

grant create on schema "Priv ""s""" to "Odd ""role""";

grant usage on schema "Priv ""s""" to "left";

grant usage on type "Priv ""s"""."e ü" to "a role of 63 bytes: ""odd"" role; drop role x; -- ünïcode $ ...";

grant usage on domain "Priv ""s"""."d.d" to PUBLIC;

grant select on sequence "Priv ""s"""."s$" to "ünï rôle";

grant usage on sequence "Priv ""s"""."s$" to "ünï rôle";

grant select on table "Priv ""s"""."t ""1""" to "role.with.dots";

grant update ("left") on table "Priv ""s"""."t ""1""" to "select";

grant select ("ü") on table "Priv ""s"""."t ""1""" to "select";

grant select on table "Priv ""s"""."v.1" to "$role" with grant option;

grant update on table "Priv ""s"""."v.1" to "$role" with grant option;

grant execute on function "Priv ""s"""."f; --"() to "Odd ""role""";

alter default privileges for role "Odd ""role""" in schema "Priv ""s""" grant insert on tables to "select";

alter default privileges for role "ünï rôle" grant usage on types to "a;b--";

create policy "to odd roles"
on "Priv ""s"""."t ""1"""
as permissive
for all
to "$role", "a;b--", "role.with.dots"
using (("select" <> 'drop role "left";'::text));


