create domain money_amount as numeric(10, 2) check (value >= 0);
create table payment (id int, amount money_amount);
