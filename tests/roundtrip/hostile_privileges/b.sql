-- a.sql with the privileges moved between the odd roles.
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
    to "role.with.dots", "$role", "a;b--"
    using ("select" <> 'drop role "left";');

grant usage, create on schema "Priv ""s""" to "Odd ""role""";
grant usage on schema "Priv ""s""" to "left";
grant select on "Priv ""s"""."t ""1""" to "role.with.dots";
grant select ("col ""a""") on "Priv ""s"""."t ""1""" to "ünï rôle";
grant select ("ü"), update ("left") on "Priv ""s"""."t ""1""" to "select";
grant select, update on "Priv ""s"""."v.1" to "$role" with grant option;
grant usage, select on sequence "Priv ""s"""."s$" to "ünï rôle";
revoke execute on function "Priv ""s"""."f; --"() from public;
grant execute on function "Priv ""s"""."f; --"() to "Odd ""role""";
revoke execute on procedure "Priv ""s"""."p ""p"""() from public;
grant usage on type "Priv ""s"""."e ü" to "a role of 63 bytes: ""odd"" role; drop role x; -- ünïcode $ ...";
alter default privileges for role "Odd ""role""" in schema "Priv ""s""" grant select, insert on tables to "select";
alter default privileges for role "ünï rôle" grant usage on types to "a;b--";
