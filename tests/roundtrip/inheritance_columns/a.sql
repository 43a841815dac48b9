create table parent (id int, shared text);
create table kid (own int) inherits (parent);
