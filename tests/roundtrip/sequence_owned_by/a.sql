create sequence invoice_no;
create table invoice (id int default nextval('invoice_no'), other int);
create sequence loose;
create table item (id serial primary key);
