create table base (id int primary key, amount bigint, label text);
create view layer1 as select id, amount, label from base;
create view layer2 as select id, amount * 2 as doubled from layer1;
create view layer3 as select sum(doubled) as total from layer2;
create view unrelated as select label from base;
create materialized view snapshot as select total from layer3;
