drop operator if exists "op".~~~ (NONE, integer);

drop operator class if exists "op"."gone" using btree;

drop operator family if exists "op"."gone" using btree;

create operator "op".@@@ (function = op.neg, rightarg = integer);

create operator family "op"."added" using btree;

create operator class "op"."added" for type bigint using btree family op.added as FUNCTION 1 (bigint, bigint) pg_catalog.btint8cmp(bigint, bigint), OPERATOR 1 pg_catalog.<(bigint, bigint);

drop view if exists "op"."uses_it";

drop operator if exists "op".<<< (integer, integer);

create operator "op".<<< (function = op.int_ne, leftarg = integer, rightarg = integer);

drop index if exists "op"."t_a";

drop operator class if exists "op"."cls" using btree;

alter operator "op".=== (integer, integer) set (restrict = pg_catalog.scalarltsel, join = none);

alter operator family "op"."fam" using btree drop OPERATOR 2 (integer, bigint);

alter operator family "op"."fam" using btree add OPERATOR 4 pg_catalog.>=(integer, bigint);

create operator class "op"."cls" for type integer using btree family op.fam as FUNCTION 1 (integer, integer) op.cmp(integer, integer), OPERATOR 1 pg_catalog.<(integer, integer);

CREATE INDEX t_a ON op.t USING btree (a op.cls);

create or replace view "op"."uses_it" as  SELECT (1 OPERATOR(op.<<<) 2) AS x;


comment on operator "op".=== (integer, integer) is 'equal, estimated otherwise';

comment on operator family "op"."fam" using btree is null;

comment on operator class "op"."hcls" using hash is 'hashes';

