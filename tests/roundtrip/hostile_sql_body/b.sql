-- a.sql with each body changed.
create schema "Atomic ""$$""";
create table "Atomic ""$$"""."t; drop" ("id" int, "drop" text default 'drop table t; --');
create function "Atomic ""$$"""."ret"(x text) returns text language sql immutable
    return x || 'drop table t cascade; --' || '$$' || '$fn$';
create function "Atomic ""$$"""."atomic ""a"""() returns bigint language sql
begin atomic
    select count(*) + 1 from "Atomic ""$$"""."t; drop" where "drop" <> 'drop; /* */ $$';
    select 2;
end;
create procedure "Atomic ""$$"""."proc; --"(x int) language sql
begin atomic
    insert into "Atomic ""$$"""."t; drop" ("id", "drop") values (x + 1, 'end; drop table t;');
    delete from "Atomic ""$$"""."t; drop" where "drop" = 'begin atomic; end;';
end;
comment on function "Atomic ""$$"""."atomic ""a"""() is E'end;\nbegin atomic; changed';
