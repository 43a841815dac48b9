create table invoice (id int, other int);
create sequence invoice_no owned by invoice.id;
alter table invoice alter column id set default nextval('invoice_no');
create sequence loose owned by invoice.other;
create table item (id int primary key);
create sequence item_id_seq;
