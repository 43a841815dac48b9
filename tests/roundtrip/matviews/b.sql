create table t (id int, v int);
create materialized view totals as select id, sum(v) as total, count(*) as n from t group by id;
create unique index totals_id on totals (id);
create index totals_total on totals (total);
create materialized view added as select 2 as two;
create materialized view unpopulated as select id from t;
