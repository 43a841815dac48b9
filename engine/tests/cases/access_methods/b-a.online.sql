set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create access method "am_gone" type index handler pg_catalog.gisthandler;

create operator family "s"."gone_ops" using am_gone;

create operator class "s"."gone_ops" default for type box using am_gone family s.gone_ops as FUNCTION 1 (box, box) pg_catalog.gist_box_consistent(internal, box, smallint, oid, internal), FUNCTION 2 (box, box) pg_catalog.gist_box_union(internal, internal), FUNCTION 5 (box, box) pg_catalog.gist_box_penalty(internal, internal, internal), FUNCTION 6 (box, box) pg_catalog.gist_box_picksplit(internal, internal), FUNCTION 7 (box, box) pg_catalog.gist_box_same(box, box, internal);

commit;

drop index concurrently if exists "s"."shapes_handler";

begin;

drop operator class if exists "s"."handler_ops" using am_handler;

drop operator family if exists "s"."handler_ops" using am_handler;

drop access method if exists "am_handler";

create access method "am_handler" type index handler pg_catalog.gisthandler;

create operator family "s"."handler_ops" using am_handler;

create operator class "s"."handler_ops" default for type box using am_handler family s.handler_ops as FUNCTION 1 (box, box) pg_catalog.gist_box_consistent(internal, box, smallint, oid, internal), FUNCTION 2 (box, box) pg_catalog.gist_box_union(internal, internal), FUNCTION 5 (box, box) pg_catalog.gist_box_penalty(internal, internal, internal), FUNCTION 6 (box, box) pg_catalog.gist_box_picksplit(internal, internal), FUNCTION 7 (box, box) pg_catalog.gist_box_same(box, box, internal);

drop function if exists "s"."gist_again"(internal);

drop table "s"."on_new";

drop access method if exists "am_new";

commit;

CREATE INDEX CONCURRENTLY shapes_gone ON s.shapes USING am_gone (b);

CREATE INDEX CONCURRENTLY shapes_handler ON s.shapes USING am_handler (b);

begin;

comment on access method "am_handler" is 'handler changes';

commit;

