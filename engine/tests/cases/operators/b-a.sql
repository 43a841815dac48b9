drop operator if exists "op".@@@ (NONE, integer);

drop operator class if exists "op"."added" using btree;

drop operator family if exists "op"."added" using btree;

alter operator "op".=== (integer, integer) set (restrict = pg_catalog.eqsel, join = pg_catalog.eqjoinsel);

create operator "op".~~~ (function = op.neg, rightarg = integer);

create operator family "op"."gone" using btree;

create operator class "op"."gone" for type bigint using btree family op.gone as FUNCTION 1 (bigint, bigint) pg_catalog.btint8cmp(bigint, bigint), OPERATOR 1 pg_catalog.<(bigint, bigint);

drop view if exists "op"."uses_it";

drop operator if exists "op".<<< (integer, integer);

create operator "op".<<< (function = op.int_eq, leftarg = integer, rightarg = integer);

drop index if exists "op"."t_a";

drop operator class if exists "op"."cls" using btree;

alter operator family "op"."fam" using btree drop OPERATOR 4 (integer, bigint);

alter operator family "op"."fam" using btree add OPERATOR 2 pg_catalog.<=(integer, bigint);

create operator class "op"."cls" for type integer using btree family op.fam as FUNCTION 1 (integer, integer) op.cmp(integer, integer), OPERATOR 1 pg_catalog.<(integer, integer), OPERATOR 3 op.===(integer, integer);

CREATE INDEX t_a ON op.t USING btree (a op.cls);

create or replace view "op"."uses_it" as  SELECT (1 OPERATOR(op.<<<) 2) AS x;


comment on operator "op".=== (integer, integer) is 'equal';

comment on operator family "op"."fam" using btree is 'integers';

comment on operator class "op"."hcls" using hash is null;

