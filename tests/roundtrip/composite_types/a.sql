create type address as (street text, city text, zip int);
create type dropped as (a int);
create table customer (id int, home address);
