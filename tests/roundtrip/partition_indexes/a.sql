create table sales (id int not null, sold date not null, amount int) partition by range (sold);
create index sales_amount on sales (amount);
alter table sales add constraint sales_pkey primary key (id, sold);
create table sales_2023 partition of sales for values from ('2023-01-01') to ('2024-01-01');
create table sales_2024 (id int not null, sold date not null, amount int);
