-- Privileges, default privileges and policy roles for roles with odd names (--with-privileges),
-- on objects with odd names.
-- Roles with odd names, created here because the cluster has none: roles belong to the cluster,
-- so a second load (another test, or the other side of this case, perhaps at the same time)
-- finds them made and skips them.
do $roles$
declare
    role text;
begin
    foreach role in array array[
        'Odd "role"', 'role.with.dots', 'select', 'ünï rôle', 'left', '$role', 'a;b--',
        'a role of 63 bytes: "odd" role; drop role x; -- ünïcode $ ...'
    ] loop
        begin
            execute format('create role %I', role);
        exception when duplicate_object or unique_violation then
            null;
        end;
    end loop;
end
$roles$;

create schema "Priv ""s""";
create table "Priv ""s"""."t ""1""" ("col ""a""" int, "select" text, "left" text, "ü" int);
create view "Priv ""s"""."v.1" as select "col ""a""" from "Priv ""s"""."t ""1""";
create materialized view "Priv ""s"""."m$" as select "select" from "Priv ""s"""."t ""1""";
create sequence "Priv ""s"""."s$";
create function "Priv ""s"""."f; --"() returns int language sql as $$ select 1 $$;
create procedure "Priv ""s"""."p ""p"""() language sql as $$ select 1 $$;
create type "Priv ""s"""."e ü" as enum ('x');
create domain "Priv ""s"""."d.d" as int;

alter table "Priv ""s"""."t ""1""" enable row level security;
create policy "to odd roles" on "Priv ""s"""."t ""1"""
    to "Odd ""role""", "left", "select", "a role of 63 bytes: ""odd"" role; drop role x; -- ünïcode $ ..."
    using ("select" <> 'drop role "left";');

grant usage on schema "Priv ""s""" to "Odd ""role""", "select";
grant select, insert on "Priv ""s"""."t ""1""" to "role.with.dots" with grant option;
grant select ("col ""a""", "select") on "Priv ""s"""."t ""1""" to "ünï rôle";
grant update ("left") on "Priv ""s"""."t ""1""" to "left";
grant select on "Priv ""s"""."v.1" to "$role";
grant select on "Priv ""s"""."m$" to "a;b--";
grant usage on sequence "Priv ""s"""."s$" to "a;b--";
revoke execute on function "Priv ""s"""."f; --"() from public;
grant execute on function "Priv ""s"""."f; --"() to "a role of 63 bytes: ""odd"" role; drop role x; -- ünïcode $ ...";
grant execute on procedure "Priv ""s"""."p ""p"""() to "left";
grant usage on type "Priv ""s"""."e ü" to "Odd ""role""";
revoke usage on domain "Priv ""s"""."d.d" from public;
alter default privileges for role "Odd ""role""" in schema "Priv ""s""" grant select on tables to "select";
alter default privileges in schema "Priv ""s""" grant execute on functions to "ünï rôle";
