-- Two indexes on the same column of a partitioned table: each partition's copies are named
-- <partition>_<column>_idx and _idx1 in the order the indexes were created. Here by_a first, and
-- b.sql creates by_b first: the copies swap names, though neither index changes.
create table measurements (id integer not null, taken date not null) partition by range (id);
create table measurements_low partition of measurements for values from (minvalue) to (100);
create table measurements_high partition of measurements for values from (100) to (maxvalue);
create index by_a on measurements (id);
create index by_b on measurements (id) where id > 10;
