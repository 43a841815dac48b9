-- SQL-standard bodies (PostgreSQL 14+), which pg_get_functiondef prints without dollar quotes:
-- semicolons, `$$`, `$fn$`, `drop` and comment markers sit in the statement's own text, inside
-- BEGIN ATOMIC ... END.
create schema "Atomic ""$$""";
create table "Atomic ""$$"""."t; drop" ("id" int, "drop" text default 'drop table t; --');
create function "Atomic ""$$"""."ret"(x text) returns text language sql immutable
    return x || 'drop table t; --' || '$$' || '$fn$';
create function "Atomic ""$$"""."atomic ""a"""() returns bigint language sql
begin atomic
    select count(*) from "Atomic ""$$"""."t; drop" where "drop" <> 'drop; /* */ $$';
    select 1;
end;
create procedure "Atomic ""$$"""."proc; --"(x int) language sql
begin atomic
    insert into "Atomic ""$$"""."t; drop" ("id", "drop") values (x, 'end; drop table t;');
    delete from "Atomic ""$$"""."t; drop" where "drop" = 'begin atomic';
end;
comment on function "Atomic ""$$"""."atomic ""a"""() is E'end;\nbegin atomic';
