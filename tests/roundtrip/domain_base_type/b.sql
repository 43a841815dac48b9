create domain money_amount as numeric(12, 4) check (value >= 0);
create table payment (id int, amount money_amount);
