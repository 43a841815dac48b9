-- a.sql with every body, comment and default changed in place.
create schema "Bod""ies $$";
create table "Bod""ies $$"."victim" ("id" int);

create type "Bod""ies $$"."e" as enum ('drop', 'it''s', 'drop type e;');
create domain "Bod""ies $$"."d" as text default 'drop domain d; -- changed' check (value <> '$$');
create type "Bod""ies $$"."c" as ("a" int, "drop" text);
create sequence "Bod""ies $$"."s";

create table "Bod""ies $$"."t" (
    "id" int primary key,
    "d1" text default 'drop table "t" cascade; --',
    "d2" text default $$it's a $fn$ trap, changed$$,
    "d3" timestamptz default '2021-01-01 00:00:00+00'::timestamptz,
    "d4" int[] default '{1,2,3}'::int[],
    "d5" jsonb default '{"a": "drop schema x cascade; --", "b": "$fn$"}'::jsonb,
    "d6" text default ('b' || E'\n' || 'drop')::text,
    "d7" numeric default (2)::numeric(5, 2),
    "d8" text default E'back\\slash ''quote'' \n newline /* ; */ changed',
    "d9" "Bod""ies $$"."e" default 'it''s'::"Bod""ies $$"."e",
    "d10" bigint default nextval('"Bod""ies $$"."s"'::regclass) + 1,
    "d11" text generated always as ("d1" || ' drop ' || "d2") stored,
    "d12" "Bod""ies $$"."d",
    "d13" text default 'drop column "d13"; --'
);
alter table "Bod""ies $$"."t" add constraint "k" check ("d1" <> 'drop table t;');
create index "i" on "Bod""ies $$"."t" ("d1") where "d1" <> '$fn$ drop $fn$';

create function "Bod""ies $$"."plpgsql"(a text default 'drop table x; --') returns text
language plpgsql as $fn$
begin
    -- drop table "t"; a comment holding $$ and $function$, changed
    if a = 'drop' then
        execute 'drop table if exists ' || quote_ident(a) || ' cascade';
    end if;
    return $$ drop table t; $$ || a || '$fn' || $x$ $function$ $functionx$ $x$;
end
$fn$;
create function "Bod""ies $$"."sql"() returns text language sql as $fn$
    select '$$ drop $$' || $$ $fn $$ || E'\n;\n' || 'drop'
$fn$;
create function "Bod""ies $$"."trg"() returns trigger language plpgsql as $$
begin
    new."d1" := 'drop ' || $q$'it''s' changed$q$;
    return new;
end
$$;
create procedure "Bod""ies $$"."proc"(inout x text) language plpgsql as $p$
begin
    x := 'drop procedure "proc"; $procedure$ $$ changed';
end
$p$;
create trigger "tr" before insert on "Bod""ies $$"."t"
    for each row execute function "Bod""ies $$"."trg"();
create view "Bod""ies $$"."v" as
    select "id", 'drop view v; --'::text as "drop", $$it's$$::text as "q",
        'drop'::text as "drop 2" from "Bod""ies $$"."t";
create materialized view "Bod""ies $$"."m" as select "id", 'drop'::text as "w" from "Bod""ies $$"."t";
alter table "Bod""ies $$"."t" enable row level security;
create policy "p" on "Bod""ies $$"."t" using ("d1" <> 'drop policy p; --');

comment on schema "Bod""ies $$" is E'line one\nline two; drop schema x cascade; --\n''single'' "double" $$ $fn$ \\ backslash';
comment on table "Bod""ies $$"."t" is '*/ drop table t cascade; /*';
comment on column "Bod""ies $$"."t"."d1" is E'-- not a comment\n; drop column d1';
comment on column "Bod""ies $$"."t"."d11" is $c$it's $$ dollar, changed$c$;
comment on column "Bod""ies $$"."t"."d13" is 'drop';
comment on constraint "k" on "Bod""ies $$"."t" is E'\\\\';
comment on index "Bod""ies $$"."i" is E'drop index i;\n\tand a tab';
comment on sequence "Bod""ies $$"."s" is 'drop sequence s cascade;';
comment on view "Bod""ies $$"."v" is E'a view\n; drop view v cascade';
comment on column "Bod""ies $$"."v"."drop" is 'drop it';
comment on column "Bod""ies $$"."v"."drop 2" is '$$';
comment on materialized view "Bod""ies $$"."m" is '$fn$ changed';
comment on function "Bod""ies $$"."plpgsql"(text) is E'drop function plpgsql;\n$function$ changed';
comment on function "Bod""ies $$"."sql"() is 'it''s changed';
comment on procedure "Bod""ies $$"."proc"(text) is '$procedure$ changed';
comment on trigger "tr" on "Bod""ies $$"."t" is E'drop trigger tr;\n changed';
comment on type "Bod""ies $$"."e" is '"; drop type e cascade; --';
comment on domain "Bod""ies $$"."d" is 'drop domain d cascade';
comment on type "Bod""ies $$"."c" is 'c changed';
comment on column "Bod""ies $$"."c"."drop" is 'an attribute named drop, changed';
comment on policy "p" on "Bod""ies $$"."t" is E'\'; drop policy p cascade; --';
