create table measurement (logdate date not null, peak int) partition by range (logdate);
create table measurement_2020 partition of measurement for values from ('2020-01-01') to ('2021-01-01');
create table measurement_2021 partition of measurement for values from ('2021-01-01') to ('2022-01-01');
create table measurement_2022 (logdate date not null, peak int);
create table measurement_old partition of measurement for values from ('2000-01-01') to ('2020-01-01');
create table region (id int, code text) partition by list (code);
create table region_eu partition of region for values in ('eu');
