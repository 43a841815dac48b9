-- Issue 16's case: widening and binary-coercible changes are not destructive (migra prints them
-- and exits 2), narrowing ones are.
create table t (a int, b varchar(20), c numeric(10, 2), d timestamp(3), e varchar(20), f numeric(10, 2));
insert into t values (1, 'x', 1.25, '2020-01-01 00:00:00.123', 'y', 12345678.99);
