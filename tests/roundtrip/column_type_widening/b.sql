create table t (a bigint, b text, c numeric(12, 2), d timestamp(6), e varchar(10), f numeric(10, 1));
