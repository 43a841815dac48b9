-- Members added to operator families the user does not own (the built-in btree integer_ops): a
-- function kept whose function gains a default (dropped and created again under the same
-- identity: the member goes and comes back around it), a function removed, an operator kept, one whose function is replaced (the
-- member goes before the drop and comes back after), and in b.sql a
-- function added. The replaced one gains argument names, which CREATE OR REPLACE cannot give.
create schema fa;
create function fa.int_text_cmp(integer, text) returns integer language sql immutable
    as 'select case when $1::text < $2 then -1 when $1::text > $2 then 1 else 0 end';
create function fa.int_numeric_cmp(integer, numeric) returns integer language sql immutable
    as 'select case when $1 < $2 then -1 when $1 > $2 then 1 else 0 end';
create function fa.int_lt_numeric(integer, numeric) returns boolean language sql immutable
    as 'select $1 < $2';
create operator fa.<# (function = fa.int_lt_numeric, leftarg = integer, rightarg = numeric);
create function fa.int_float_cmp(integer, double precision) returns integer language sql immutable
    as 'select case when $1 < $2 then -1 when $1 > $2 then 1 else 0 end';
alter operator family integer_ops using btree
    add function 1 (integer, text) fa.int_text_cmp(integer, text),
    function 1 (integer, numeric) fa.int_numeric_cmp(integer, numeric),
    operator 1 fa.<#(integer, numeric),
    function 1 (integer, double precision) fa.int_float_cmp(integer, double precision);
