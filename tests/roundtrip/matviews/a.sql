create table t (id int, v int);
create materialized view totals as select id, sum(v) as total from t group by id;
create unique index totals_id on totals (id);
create materialized view dropped as select 1 as one;
create materialized view unpopulated as select id from t with no data;
