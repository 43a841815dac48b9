create table parent (id int, shared text, added_to_parent int);
create table kid (own int) inherits (parent);
alter table parent drop column shared;
