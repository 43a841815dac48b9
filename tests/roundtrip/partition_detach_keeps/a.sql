-- Detached partitions keep what the parent gave them: here the target wants some of it.
create table sales (id int not null, sold date not null, amount int, region text)
    partition by range (sold);
create index sales_amount on sales (amount);
create index sales_region on sales (region);
alter table sales add constraint sales_pkey primary key (id, sold);
alter table sales add constraint sales_amount_check check (amount >= 0);
create table sales_2023 partition of sales for values from ('2023-01-01') to ('2024-01-01');
create table sales_2024 partition of sales for values from ('2024-01-01') to ('2025-01-01');
