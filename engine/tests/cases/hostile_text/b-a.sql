alter domain "Bod""ies $$"."d" set default 'drop domain d; --'::text;

drop view if exists "Bod""ies $$"."v";

alter table "Bod""ies $$"."t" alter column "d9" drop default;

alter type "Bod""ies $$"."e" rename to "e__old_version_to_be_dropped";

create type "Bod""ies $$"."e" as enum ('drop', 'it''s');

alter table "Bod""ies $$"."t" alter column d9 type "Bod""ies $$"."e" using d9::text::"Bod""ies $$"."e";

alter table "Bod""ies $$"."t" alter column "d9" set default 'drop'::"Bod""ies $$".e;

drop type "Bod""ies $$"."e__old_version_to_be_dropped";

alter table "Bod""ies $$"."t" drop column "d13";

alter table "Bod""ies $$"."t" alter column "d1" set default 'drop table "t"; --'::text;

alter table "Bod""ies $$"."t" alter column "d10" set default nextval('"Bod""ies $$".s'::regclass);

alter table "Bod""ies $$"."t" alter column "d2" set default 'it''s a $fn$ trap'::text;

alter table "Bod""ies $$"."t" alter column "d3" set default '2020-01-01 00:00:00+00'::timestamp with time zone;

alter table "Bod""ies $$"."t" alter column "d4" set default '{1,2}'::integer[];

alter table "Bod""ies $$"."t" alter column "d5" set default '{"a": "drop table x; --", "b": "$$", "c": "it''s"}'::jsonb;

alter table "Bod""ies $$"."t" alter column "d6" set default (('a'::text || '
'::text) || 'drop'::text);

alter table "Bod""ies $$"."t" alter column "d7" set default (1)::numeric(5,2);

alter table "Bod""ies $$"."t" alter column "d8" set default 'back\slash ''quote'' 
 newline /* ; */'::text;

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION "Bod""ies $$".plpgsql(a text DEFAULT 'drop table x; --'::text)
 RETURNS text
 LANGUAGE plpgsql
AS $functionx$
begin
    -- drop table "t"; a comment holding $$ and $function$
    if a = 'drop' then
        execute 'drop table if exists ' || quote_ident(a);
    end if;
    return $$ drop table t; $$ || a || '$fn' || $x$ $function$ $x$;
end
$functionx$
;

CREATE OR REPLACE PROCEDURE "Bod""ies $$".proc(INOUT x text)
 LANGUAGE plpgsql
AS $procedurex$
begin
    x := 'drop procedure "proc"; $procedure$ $$';
end
$procedurex$
;

CREATE OR REPLACE FUNCTION "Bod""ies $$".sql()
 RETURNS text
 LANGUAGE sql
AS $function$
    select '$$ drop $$' || $$ $fn $$ || E'\n;\n'
$function$
;

CREATE OR REPLACE FUNCTION "Bod""ies $$".trg()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    new."d1" := 'drop ' || $q$'it''s'$q$;
    return new;
end
$function$
;

create or replace view "Bod""ies $$"."v" as  SELECT t.id,
    'drop view v; --'::text AS drop,
    'it''s'::text AS q
   FROM "Bod""ies $$".t;


comment on schema "Bod""ies $$" is E'line one
line two; drop schema x; --
''single'' "double" $$ $fn$ \\ backslash';

comment on type "Bod""ies $$"."e" is '"; drop type e; --';

comment on domain "Bod""ies $$"."d" is 'drop domain d';

comment on column "Bod""ies $$"."c"."drop" is 'an attribute named drop';

comment on type "Bod""ies $$"."c" is 'c';

comment on sequence "Bod""ies $$"."s" is 'drop sequence s;';

comment on column "Bod""ies $$"."t"."d1" is '-- not a comment; drop column d1';

comment on column "Bod""ies $$"."t"."d11" is 'it''s $$ dollar';

comment on table "Bod""ies $$"."t" is '*/ drop table t; /*';

comment on column "Bod""ies $$"."v"."drop" is 'drop';

comment on view "Bod""ies $$"."v" is 'a view
; drop view v';

comment on materialized view "Bod""ies $$"."m" is '$fn$';

comment on constraint "k" on "Bod""ies $$"."t" is E'\\';

comment on index "Bod""ies $$"."i" is 'drop index i;
	and a tab';

comment on function "Bod""ies $$"."plpgsql"(a text) is 'drop function plpgsql;
$function$';

comment on procedure "Bod""ies $$"."proc"(INOUT x text) is '$procedure$';

comment on function "Bod""ies $$"."sql"() is 'it''s';

comment on trigger "tr" on "Bod""ies $$"."t" is 'drop trigger tr;
';

comment on policy "p" on "Bod""ies $$"."t" is '''; drop policy p; --';

