create schema s;
create access method am_keep type table handler heap_tableam_handler;
comment on access method am_keep is 'kept';
create table s.on_keep (id integer primary key, note text) using am_keep;
create table s.shapes (b box);
create function s.gist_again(internal) returns index_am_handler language internal
    as 'gisthandler';
create access method am_handler type index handler s.gist_again;
comment on access method am_handler is 'handler changes';
create operator class s.handler_ops default for type box using am_handler as
    function 1 gist_box_consistent(internal, box, smallint, oid, internal),
    function 2 gist_box_union(internal, internal),
    function 5 gist_box_penalty(internal, internal, internal),
    function 6 gist_box_picksplit(internal, internal),
    function 7 gist_box_same(box, box, internal);
create index shapes_handler on s.shapes using am_handler (b);
create access method am_new type table handler heap_tableam_handler;
comment on access method am_new is 'new';
create table s.on_new (id integer) using am_new;
