create table t (a text, b text, c text);
alter table t alter column a set compression pglz;
create table n (a text);
alter table n alter column a set compression pglz;
