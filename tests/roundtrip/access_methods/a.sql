-- Access methods (superuser) on the built-in handlers, as PostgreSQL's create_am.sql makes
-- them: a table access method kept with a table using it, an index access method removed with
-- its operator class and index, one whose handler changes (dropped and created again: its
-- operator class and the index using it go and come back with it), and in b.sql one added with a
-- table using it. The operator classes hold GiST's required support functions only: from 14
-- amadjustmembers makes a GiST class's operators its family's, where 13 keeps them the class's.
create schema s;
create access method am_keep type table handler heap_tableam_handler;
comment on access method am_keep is 'kept';
create table s.on_keep (id integer primary key, note text) using am_keep;
create table s.shapes (b box);
create access method am_gone type index handler gisthandler;
create operator class s.gone_ops default for type box using am_gone as
    function 1 gist_box_consistent(internal, box, smallint, oid, internal),
    function 2 gist_box_union(internal, internal),
    function 5 gist_box_penalty(internal, internal, internal),
    function 6 gist_box_picksplit(internal, internal),
    function 7 gist_box_same(box, box, internal);
create index shapes_gone on s.shapes using am_gone (b);
create access method am_handler type index handler gisthandler;
comment on access method am_handler is 'handler changes';
create operator class s.handler_ops default for type box using am_handler as
    function 1 gist_box_consistent(internal, box, smallint, oid, internal),
    function 2 gist_box_union(internal, internal),
    function 5 gist_box_penalty(internal, internal, internal),
    function 6 gist_box_picksplit(internal, internal),
    function 7 gist_box_same(box, box, internal);
create index shapes_handler on s.shapes using am_handler (b);
