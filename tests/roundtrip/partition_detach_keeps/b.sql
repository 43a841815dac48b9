create table sales (id int not null, sold date not null, amount int, region text)
    partition by range (sold);
create index sales_amount on sales (amount);
create index sales_region on sales (region);
alter table sales add constraint sales_pkey primary key (id, sold);
alter table sales add constraint sales_amount_check check (amount >= 0);
create table sales_2024 partition of sales for values from ('2024-01-01') to ('2025-01-01');
-- The archive keeps the key, the amount index (its region index is a different one) and the check.
create table sales_2023 (id int not null, sold date not null, amount int, region text,
    constraint sales_2023_pkey primary key (id, sold),
    constraint sales_amount_check check (amount >= 0));
create index sales_2023_amount_idx on sales_2023 (amount);
create index sales_2023_region_idx on sales_2023 (region, sold);
