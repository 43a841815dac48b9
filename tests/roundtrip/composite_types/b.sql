create type address as (street text, city varchar(100), zip text, country text);
create type added as (x float8, y float8);
create table customer (id int, home address);
