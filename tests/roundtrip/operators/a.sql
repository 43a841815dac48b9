-- Operators: a commutator/negator pair (one whose estimators change in place, one unchanged),
-- a prefix operator removed and another added, one whose function changes (dropped and created
-- again, with the view using it), a comment changed.
create schema op;
create function op.int_eq(integer, integer) returns boolean language sql immutable as 'select $1 = $2';
create function op.int_ne(integer, integer) returns boolean language sql immutable as 'select $1 <> $2';
create function op.neg(integer) returns integer language sql immutable as 'select -$1';
create operator op.=== (function = op.int_eq, leftarg = integer, rightarg = integer,
    commutator = operator(op.===), negator = operator(op.!==), restrict = eqsel, join = eqjoinsel,
    hashes, merges);
create operator op.!== (function = op.int_ne, leftarg = integer, rightarg = integer,
    commutator = operator(op.!==), negator = operator(op.===), restrict = neqsel, join = neqjoinsel);
create operator op.~~~ (function = op.neg, rightarg = integer);
create operator op.<<< (function = op.int_eq, leftarg = integer, rightarg = integer);
create view op.uses_it as select 1 operator(op.<<<) 2 as x;
comment on operator op.=== (integer, integer) is 'equal';
-- Operator families and classes: a family whose own members change in place; a class changing
-- (dropped and created again, with the index using it); a class unchanged in an implicit family;
-- a class and its implicit family removed.
create function op.cmp(integer, integer) returns integer language sql immutable
    as 'select case when $1 < $2 then -1 when $1 > $2 then 1 else 0 end';
create operator family op.fam using btree;
create operator class op.cls for type integer using btree family op.fam as
    operator 1 <, operator 3 op.===, function 1 op.cmp(integer, integer);
alter operator family op.fam using btree add operator 2 <= (integer, bigint),
    function 1 (integer, bigint) btint48cmp(integer, bigint);
create operator class op.hcls for type integer using hash as operator 1 op.===, function 1 hashint4(integer);
create operator class op.gone for type bigint using btree as operator 1 <, function 1 btint8cmp(bigint, bigint);
comment on operator family op.fam using btree is 'integers';
create table op.t (a integer);
create index t_a on op.t (a op.cls);
