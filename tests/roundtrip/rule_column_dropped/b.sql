-- dst.extra dropped; dst_ids loses a column (dropped and created again).
create table src (id int, extra text);
create table dst (id int);
create view dst_ids as select id from dst;
create rule src_copy as on insert to src do also insert into dst (id) values (new.id);
create rule src_check as on update to src where exists (select from dst_ids d where d.id = new.id) do instead nothing;
