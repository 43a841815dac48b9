set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create access method "am_new" type table handler pg_catalog.heap_tableam_handler;

commit;

drop index concurrently if exists "s"."shapes_gone";

begin;

drop operator class if exists "s"."gone_ops" using am_gone;

drop operator family if exists "s"."gone_ops" using am_gone;

drop access method if exists "am_gone";

commit;

drop index concurrently if exists "s"."shapes_handler";

begin;

drop operator class if exists "s"."handler_ops" using am_handler;

drop operator family if exists "s"."handler_ops" using am_handler;

drop access method if exists "am_handler";

create table "s"."on_new" (
    "id" integer
) using "am_new";


set check_function_bodies = off;

CREATE OR REPLACE FUNCTION s.gist_again(internal)
 RETURNS index_am_handler
 LANGUAGE internal
AS $function$gisthandler$function$
;

create access method "am_handler" type index handler s.gist_again;

create operator family "s"."handler_ops" using am_handler;

create operator class "s"."handler_ops" default for type box using am_handler family s.handler_ops as FUNCTION 1 (box, box) pg_catalog.gist_box_consistent(internal, box, smallint, oid, internal), FUNCTION 2 (box, box) pg_catalog.gist_box_union(internal, internal), FUNCTION 5 (box, box) pg_catalog.gist_box_penalty(internal, internal, internal), FUNCTION 6 (box, box) pg_catalog.gist_box_picksplit(internal, internal), FUNCTION 7 (box, box) pg_catalog.gist_box_same(box, box, internal);

commit;

CREATE INDEX CONCURRENTLY shapes_handler ON s.shapes USING am_handler (b);

begin;

comment on access method "am_handler" is 'handler changes';

comment on access method "am_new" is 'new';

commit;

