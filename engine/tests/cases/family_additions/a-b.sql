alter operator family "pg_catalog"."integer_ops" using "btree" drop FUNCTION 1 (integer, numeric);

alter operator family "pg_catalog"."integer_ops" using "btree" drop FUNCTION 1 (integer, double precision);

alter operator family "pg_catalog"."integer_ops" using "btree" drop FUNCTION 1 (integer, text);

drop function if exists "fa"."int_float_cmp"(integer, double precision);

drop function if exists "fa"."int_numeric_cmp"(integer, numeric);

drop function if exists "fa"."int_text_cmp"(integer, text);

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION fa.int_float_cmp(a integer, b double precision)
 RETURNS integer
 LANGUAGE plpgsql
 IMMUTABLE
AS $function$begin return case when a < b then -1 when a > b then 1 else 0 end; end$function$
;

CREATE OR REPLACE FUNCTION fa.int_real_cmp(integer, real)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$select case when $1 < $2 then -1 when $1 > $2 then 1 else 0 end$function$
;

CREATE OR REPLACE FUNCTION fa.int_text_cmp(integer, text DEFAULT ''::text)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$select case when $1::text < $2 then -1 when $1::text > $2 then 1 else 0 end$function$
;

alter operator family "pg_catalog"."integer_ops" using "btree" add FUNCTION 1 (integer, double precision) fa.int_float_cmp(integer, double precision);

alter operator family "pg_catalog"."integer_ops" using "btree" add FUNCTION 1 (integer, text) fa.int_text_cmp(integer, text);

alter operator family "pg_catalog"."integer_ops" using "btree" add FUNCTION 1 (integer, real) fa.int_real_cmp(integer, real);

