-- a.sql's indexes created in the other order: each partition's copies swap names.
create table measurements (id integer not null, taken date not null) partition by range (id);
create table measurements_low partition of measurements for values from (minvalue) to (100);
create table measurements_high partition of measurements for values from (100) to (maxvalue);
create index by_b on measurements (id) where id > 10;
create index by_a on measurements (id);
