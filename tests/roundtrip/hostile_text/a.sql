-- Hostile text: function and procedure bodies holding `$$`, `$fn$`, `$function$` (the quote
-- pg_get_functiondef picks first) and the word `drop`; comments with newlines, quotes,
-- backslashes, comment markers and `;` on every kind; defaults with casts and strings that look
-- like SQL. b.sql changes them in place, so neither direction drops anything: the drop guard must
-- let both through.
create schema "Bod""ies $$";
create table "Bod""ies $$"."victim" ("id" int);

create type "Bod""ies $$"."e" as enum ('drop', 'it''s');
create domain "Bod""ies $$"."d" as text default 'drop domain d; --' check (value <> '$$');
create type "Bod""ies $$"."c" as ("a" int, "drop" text);
create sequence "Bod""ies $$"."s";

create table "Bod""ies $$"."t" (
    "id" int primary key,
    "d1" text default 'drop table "t"; --',
    "d2" text default $$it's a $fn$ trap$$,
    "d3" timestamptz default '2020-01-01 00:00:00+00'::timestamptz,
    "d4" int[] default '{1,2}'::int[],
    "d5" jsonb default '{"a": "drop table x; --", "b": "$$", "c": "it''s"}'::jsonb,
    "d6" text default ('a' || E'\n' || 'drop')::text,
    "d7" numeric default (1)::numeric(5, 2),
    "d8" text default E'back\\slash ''quote'' \n newline /* ; */',
    "d9" "Bod""ies $$"."e" default 'drop'::"Bod""ies $$"."e",
    "d10" bigint default nextval('"Bod""ies $$"."s"'::regclass),
    "d11" text generated always as ("d1" || ' drop ' || "d2") stored,
    "d12" "Bod""ies $$"."d"
);
alter table "Bod""ies $$"."t" add constraint "k" check ("d1" <> 'drop table t;');
create index "i" on "Bod""ies $$"."t" ("d1") where "d1" <> '$fn$ drop $fn$';

create function "Bod""ies $$"."plpgsql"(a text default 'drop table x; --') returns text
language plpgsql as $fn$
begin
    -- drop table "t"; a comment holding $$ and $function$
    if a = 'drop' then
        execute 'drop table if exists ' || quote_ident(a);
    end if;
    return $$ drop table t; $$ || a || '$fn' || $x$ $function$ $x$;
end
$fn$;
create function "Bod""ies $$"."sql"() returns text language sql as $fn$
    select '$$ drop $$' || $$ $fn $$ || E'\n;\n'
$fn$;
create function "Bod""ies $$"."trg"() returns trigger language plpgsql as $$
begin
    new."d1" := 'drop ' || $q$'it''s'$q$;
    return new;
end
$$;
create procedure "Bod""ies $$"."proc"(inout x text) language plpgsql as $p$
begin
    x := 'drop procedure "proc"; $procedure$ $$';
end
$p$;
create trigger "tr" before insert on "Bod""ies $$"."t"
    for each row execute function "Bod""ies $$"."trg"();
create view "Bod""ies $$"."v" as
    select "id", 'drop view v; --'::text as "drop", $$it's$$::text as "q" from "Bod""ies $$"."t";
create materialized view "Bod""ies $$"."m" as select "id", 'drop'::text as "w" from "Bod""ies $$"."t";
alter table "Bod""ies $$"."t" enable row level security;
create policy "p" on "Bod""ies $$"."t" using ("d1" <> 'drop policy p; --');

comment on schema "Bod""ies $$" is E'line one\nline two; drop schema x; --\n''single'' "double" $$ $fn$ \\ backslash';
comment on table "Bod""ies $$"."t" is '*/ drop table t; /*';
comment on column "Bod""ies $$"."t"."d1" is '-- not a comment; drop column d1';
comment on column "Bod""ies $$"."t"."d11" is $c$it's $$ dollar$c$;
comment on constraint "k" on "Bod""ies $$"."t" is E'\\';
comment on index "Bod""ies $$"."i" is E'drop index i;\r\n\tand a tab';
comment on sequence "Bod""ies $$"."s" is 'drop sequence s;';
comment on view "Bod""ies $$"."v" is E'a view\n; drop view v';
comment on column "Bod""ies $$"."v"."drop" is 'drop';
comment on materialized view "Bod""ies $$"."m" is '$fn$';
comment on function "Bod""ies $$"."plpgsql"(text) is E'drop function plpgsql;\n$function$';
comment on function "Bod""ies $$"."sql"() is 'it''s';
comment on procedure "Bod""ies $$"."proc"(text) is '$procedure$';
comment on trigger "tr" on "Bod""ies $$"."t" is E'drop trigger tr;\n';
comment on type "Bod""ies $$"."e" is '"; drop type e; --';
comment on domain "Bod""ies $$"."d" is 'drop domain d';
comment on type "Bod""ies $$"."c" is 'c';
comment on column "Bod""ies $$"."c"."drop" is 'an attribute named drop';
comment on policy "p" on "Bod""ies $$"."t" is E'\'; drop policy p; --';
