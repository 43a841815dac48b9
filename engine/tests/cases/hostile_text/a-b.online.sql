set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter type "Bod""ies $$"."e" add value 'drop type e;';

alter domain "Bod""ies $$"."d" set default 'drop domain d; -- changed'::text;

alter table "Bod""ies $$"."t" add column "d13" text default 'drop column "d13"; --'::text;

alter table "Bod""ies $$"."t" alter column "d1" set default 'drop table "t" cascade; --'::text;

alter table "Bod""ies $$"."t" alter column "d10" set default (nextval('"Bod""ies $$".s'::regclass) + 1);

alter table "Bod""ies $$"."t" alter column "d2" set default 'it''s a $fn$ trap, changed'::text;

alter table "Bod""ies $$"."t" alter column "d3" set default '2021-01-01 00:00:00+00'::timestamp with time zone;

alter table "Bod""ies $$"."t" alter column "d4" set default '{1,2,3}'::integer[];

alter table "Bod""ies $$"."t" alter column "d5" set default '{"a": "drop schema x cascade; --", "b": "$fn$"}'::jsonb;

alter table "Bod""ies $$"."t" alter column "d6" set default (('b'::text || '
'::text) || 'drop'::text);

alter table "Bod""ies $$"."t" alter column "d7" set default (2)::numeric(5,2);

alter table "Bod""ies $$"."t" alter column "d8" set default 'back\slash ''quote'' 
 newline /* ; */ changed'::text;

alter table "Bod""ies $$"."t" alter column "d9" set default 'it''s'::"Bod""ies $$".e;

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION "Bod""ies $$".plpgsql(a text DEFAULT 'drop table x; --'::text)
 RETURNS text
 LANGUAGE plpgsql
AS $functionxx$
begin
    -- drop table "t"; a comment holding $$ and $function$, changed
    if a = 'drop' then
        execute 'drop table if exists ' || quote_ident(a) || ' cascade';
    end if;
    return $$ drop table t; $$ || a || '$fn' || $x$ $function$ $functionx$ $x$;
end
$functionxx$
;

CREATE OR REPLACE PROCEDURE "Bod""ies $$".proc(INOUT x text)
 LANGUAGE plpgsql
AS $procedurex$
begin
    x := 'drop procedure "proc"; $procedure$ $$ changed';
end
$procedurex$
;

CREATE OR REPLACE FUNCTION "Bod""ies $$".sql()
 RETURNS text
 LANGUAGE sql
AS $function$
    select '$$ drop $$' || $$ $fn $$ || E'\n;\n' || 'drop'
$function$
;

CREATE OR REPLACE FUNCTION "Bod""ies $$".trg()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    new."d1" := 'drop ' || $q$'it''s' changed$q$;
    return new;
end
$function$
;

create or replace view "Bod""ies $$"."v" as  SELECT t.id,
    'drop view v; --'::text AS drop,
    'it''s'::text AS q,
    'drop'::text AS "drop 2"
   FROM "Bod""ies $$".t;


comment on schema "Bod""ies $$" is E'line one
line two; drop schema x cascade; --
''single'' "double" $$ $fn$ \\ backslash';

comment on type "Bod""ies $$"."e" is '"; drop type e cascade; --';

comment on domain "Bod""ies $$"."d" is 'drop domain d cascade';

comment on column "Bod""ies $$"."c"."drop" is 'an attribute named drop, changed';

comment on type "Bod""ies $$"."c" is 'c changed';

comment on sequence "Bod""ies $$"."s" is 'drop sequence s cascade;';

comment on column "Bod""ies $$"."t"."d1" is '-- not a comment
; drop column d1';

comment on column "Bod""ies $$"."t"."d11" is 'it''s $$ dollar, changed';

comment on column "Bod""ies $$"."t"."d13" is 'drop';

comment on table "Bod""ies $$"."t" is '*/ drop table t cascade; /*';

comment on column "Bod""ies $$"."v"."drop 2" is '$$';

comment on column "Bod""ies $$"."v"."drop" is 'drop it';

comment on view "Bod""ies $$"."v" is 'a view
; drop view v cascade';

comment on materialized view "Bod""ies $$"."m" is '$fn$ changed';

comment on constraint "k" on "Bod""ies $$"."t" is E'\\\\';

comment on index "Bod""ies $$"."i" is 'drop index i;
	and a tab';

comment on function "Bod""ies $$"."plpgsql"(a text) is 'drop function plpgsql;
$function$ changed';

comment on procedure "Bod""ies $$"."proc"(INOUT x text) is '$procedure$ changed';

comment on function "Bod""ies $$"."sql"() is 'it''s changed';

comment on trigger "tr" on "Bod""ies $$"."t" is 'drop trigger tr;
 changed';

comment on policy "p" on "Bod""ies $$"."t" is '''; drop policy p cascade; --';

commit;

