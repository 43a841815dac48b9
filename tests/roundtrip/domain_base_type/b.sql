create domain money_amount as numeric(12, 4) check (value >= 0);
create table payment (id int, amount money_amount);
create index payment_amount_idx on payment (amount);
create view big_payment as select id, amount from payment where amount > 100;
create table refund (id int, amounts money_amount[] default '{}');
