-- A rule's action uses a column of another table that the target drops, and a view it uses is
-- replaced: the rule is dropped first and created again after.
create table src (id int, extra text);
create table dst (id int, extra text);
create view dst_ids as select id, extra from dst;
create rule src_copy as on insert to src do also insert into dst (id, extra) values (new.id, new.extra);
create rule src_check as on update to src where exists (select from dst_ids d where d.id = new.id) do instead nothing;
