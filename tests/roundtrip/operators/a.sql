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
