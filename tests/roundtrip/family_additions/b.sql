create schema fa;
create function fa.int_text_cmp(integer, text default '') returns integer language sql immutable
    as 'select case when $1::text < $2 then -1 when $1::text > $2 then 1 else 0 end';
create function fa.int_lt_numeric(integer, numeric) returns boolean language sql immutable
    as 'select $1 < $2';
create operator fa.<# (function = fa.int_lt_numeric, leftarg = integer, rightarg = numeric);
create function fa.int_float_cmp(a integer, b double precision) returns integer language plpgsql immutable
    as 'begin return case when a < b then -1 when a > b then 1 else 0 end; end';
create function fa.int_real_cmp(integer, real) returns integer language sql immutable
    as 'select case when $1 < $2 then -1 when $1 > $2 then 1 else 0 end';
alter operator family integer_ops using btree
    add function 1 (integer, text) fa.int_text_cmp(integer, text),
    operator 1 fa.<#(integer, numeric),
    function 1 (integer, double precision) fa.int_float_cmp(integer, double precision),
    function 1 (integer, real) fa.int_real_cmp(integer, real);
