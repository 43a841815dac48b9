create type "s"."nw";

CREATE OR REPLACE FUNCTION s.nw_in(cstring)
 RETURNS s.nw
 LANGUAGE internal
 IMMUTABLE STRICT
AS $function$point_in$function$
;

CREATE OR REPLACE FUNCTION s.nw_out(s.nw)
 RETURNS cstring
 LANGUAGE internal
 IMMUTABLE STRICT
AS $function$point_out$function$
;

create type "s"."nw" (input = s.nw_in, output = s.nw_out, internallength = 16, alignment = double, storage = plain, category = 'U', element = double precision, delimiter = ',');

alter type "s"."nw" set (subscript = none);

alter type "s"."xy" set (subscript = raw_array_subscript_handler);

alter type "s"."zw" set (subscript = none);

