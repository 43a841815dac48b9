create type "s"."gone";

CREATE OR REPLACE FUNCTION s.gone_in(cstring)
 RETURNS s.gone
 LANGUAGE internal
 IMMUTABLE STRICT
AS $function$int4in$function$
;

CREATE OR REPLACE FUNCTION s.gone_out(s.gone)
 RETURNS cstring
 LANGUAGE internal
 IMMUTABLE STRICT
AS $function$int4out$function$
;

create type "s"."gone" (input = s.gone_in, output = s.gone_out, internallength = 4, passedbyvalue, alignment = int4, storage = plain, category = 'U', delimiter = ';');

alter type "s"."label" set (storage = extended);

alter table only "s"."labels" alter column "l" set storage extended;

create type "s"."only_shell";

drop view if exists "s"."changes_view";

drop function if exists "s"."changes_abs"(s.changes);

drop type "s"."changes" cascade;

create type "s"."changes";

CREATE OR REPLACE FUNCTION s.changes_in(cstring)
 RETURNS s.changes
 LANGUAGE internal
 IMMUTABLE STRICT
AS $function$int4in$function$
;

CREATE OR REPLACE FUNCTION s.changes_out(s.changes)
 RETURNS cstring
 LANGUAGE internal
 IMMUTABLE STRICT
AS $function$int4out$function$
;

create type "s"."changes" (input = s.changes_in, output = s.changes_out, internallength = 4, passedbyvalue, alignment = int4, storage = plain, category = 'U', delimiter = ',');

drop table "s"."added_uses";

drop table "s"."xys";

create table "s"."gone_uses" (
    "g" s.gone
);


drop type "s"."added" cascade;

drop function if exists "s"."added_typmod_in"(cstring[]);

drop function if exists "s"."added_typmod_out"(integer);

drop type "s"."xy" cascade;

drop type "s"."new_shell";

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION s.gone_eq(s.gone, s.gone)
 RETURNS boolean
 LANGUAGE internal
 IMMUTABLE STRICT
AS $function$int4eq$function$
;

CREATE OR REPLACE FUNCTION s.kept_recv(internal)
 RETURNS s.kept
 LANGUAGE internal
 IMMUTABLE STRICT
AS $function$int4recv$function$
;

alter type "s"."kept" set (receive = s.kept_recv, send = none);

drop function if exists "s"."kept_send"(s.kept);

CREATE OR REPLACE FUNCTION s.changes_abs(s.changes)
 RETURNS s.changes
 LANGUAGE internal
 IMMUTABLE STRICT
AS $function$int4abs$function$
;

create or replace view "s"."changes_view" as  SELECT s.changes_abs('1'::s.changes) AS c;


comment on type "s"."only_shell" is 'a shell';

