drop operator if exists "op".~~~ (NONE, integer);

alter operator "op".=== (integer, integer) set (restrict = pg_catalog.scalarltsel, join = none);

create operator "op".@@@ (function = op.neg, rightarg = integer);

drop view if exists "op"."uses_it";

drop operator if exists "op".<<< (integer, integer);

create operator "op".<<< (function = op.int_ne, leftarg = integer, rightarg = integer);

create or replace view "op"."uses_it" as  SELECT (1 OPERATOR(op.<<<) 2) AS x;


comment on operator "op".=== (integer, integer) is 'equal, estimated otherwise';

