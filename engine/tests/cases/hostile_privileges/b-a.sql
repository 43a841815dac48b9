drop policy "to odd roles" on "Priv ""s"""."t ""1""";

revoke create on schema "Priv ""s""" from "Odd ""role""";

revoke usage on schema "Priv ""s""" from "left";

revoke usage on type "Priv ""s"""."e ü" from "a role of 63 bytes: ""odd"" role; drop role x; -- ünïcode $ ...";

revoke usage on domain "Priv ""s"""."d.d" from PUBLIC;

revoke select on sequence "Priv ""s"""."s$" from "ünï rôle";

revoke usage on sequence "Priv ""s"""."s$" from "ünï rôle";

revoke select on table "Priv ""s"""."t ""1""" from "role.with.dots";

revoke update ("left") on table "Priv ""s"""."t ""1""" from "select";

revoke select ("ü") on table "Priv ""s"""."t ""1""" from "select";

revoke select on table "Priv ""s"""."v.1" from "$role";

revoke update on table "Priv ""s"""."v.1" from "$role";

revoke execute on function "Priv ""s"""."f; --"() from "Odd ""role""";

alter default privileges for role "Odd ""role""" in schema "Priv ""s""" revoke insert on tables from "select";

alter default privileges for role "ünï rôle" revoke usage on types from "a;b--";

grant usage on schema "Priv ""s""" to "select";

grant usage on type "Priv ""s"""."e ü" to "Odd ""role""";

grant usage on sequence "Priv ""s"""."s$" to "a;b--";

grant insert on table "Priv ""s"""."t ""1""" to "role.with.dots" with grant option;

grant select on table "Priv ""s"""."t ""1""" to "role.with.dots" with grant option;

grant update ("left") on table "Priv ""s"""."t ""1""" to "left";

grant select ("select") on table "Priv ""s"""."t ""1""" to "ünï rôle";

grant select on table "Priv ""s"""."v.1" to "$role";

grant select on table "Priv ""s"""."m$" to "a;b--";

grant execute on function "Priv ""s"""."f; --"() to "a role of 63 bytes: ""odd"" role; drop role x; -- ünïcode $ ...";

grant execute on procedure "Priv ""s"""."p ""p"""() to PUBLIC;

grant execute on procedure "Priv ""s"""."p ""p"""() to "left";

alter default privileges for role "migra_test" in schema "Priv ""s""" grant execute on functions to "ünï rôle";

create policy "to odd roles"
on "Priv ""s"""."t ""1"""
as permissive
for all
to "Odd ""role""", "a role of 63 bytes: ""odd"" role; drop role x; -- ünïcode $ ...", "left", "select"
using (("select" <> 'drop role "left";'::text));


