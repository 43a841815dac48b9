create type "s"."xy";

CREATE OR REPLACE FUNCTION s.xy_in(cstring)
 RETURNS s.xy
 LANGUAGE internal
 IMMUTABLE STRICT
AS $function$point_in$function$
;

CREATE OR REPLACE FUNCTION s.xy_out(s.xy)
 RETURNS cstring
 LANGUAGE internal
 IMMUTABLE STRICT
AS $function$point_out$function$
;

create type "s"."xy" (input = s.xy_in, output = s.xy_out, internallength = 16, alignment = double, storage = plain, category = 'U', element = double precision, delimiter = ',');

alter type "s"."label" set (storage = main);

alter table only "s"."labels" alter column "l" set storage main;

create type "s"."new_shell";

drop function if exists "s"."gone_eq"(s.gone, s.gone);

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

create type "s"."changes" (input = s.changes_in, output = s.changes_out, internallength = 4, passedbyvalue, alignment = int4, storage = plain, category = 'N', default = '0', delimiter = ',');

drop table "s"."gone_uses";

create table "s"."xys" (
    "p" s.xy
);


drop type "s"."gone" cascade;

drop type "s"."only_shell";

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION s.added_typmod_in(cstring[])
 RETURNS integer
 LANGUAGE internal
 IMMUTABLE STRICT
AS $function$varchartypmodin$function$
;

CREATE OR REPLACE FUNCTION s.added_typmod_out(integer)
 RETURNS cstring
 LANGUAGE internal
 IMMUTABLE STRICT
AS $function$varchartypmodout$function$
;

create type "s"."added";

CREATE OR REPLACE FUNCTION s.added_in(cstring, oid, integer)
 RETURNS s.added
 LANGUAGE internal
 IMMUTABLE STRICT
AS $function$varcharin$function$
;

CREATE OR REPLACE FUNCTION s.added_out(s.added)
 RETURNS cstring
 LANGUAGE internal
 IMMUTABLE STRICT
AS $function$varcharout$function$
;

create type "s"."added" (input = s.added_in, output = s.added_out, typmod_in = s.added_typmod_in, typmod_out = s.added_typmod_out, internallength = variable, alignment = int4, storage = extended, category = 'S', preferred = true, delimiter = ',', collatable = true);

create table "s"."added_uses" (
    "a" s.added(20)
);


CREATE OR REPLACE FUNCTION s.kept_send(s.kept)
 RETURNS bytea
 LANGUAGE internal
 IMMUTABLE STRICT
AS $function$int4send$function$
;

alter type "s"."kept" set (receive = none, send = s.kept_send);

drop function if exists "s"."kept_recv"(internal);

CREATE OR REPLACE FUNCTION s.changes_abs(s.changes)
 RETURNS s.changes
 LANGUAGE internal
 IMMUTABLE STRICT
AS $function$int4abs$function$
;

create or replace view "s"."changes_view" as  SELECT s.changes_abs('1'::s.changes) AS c;


comment on type "s"."added" is 'added';

