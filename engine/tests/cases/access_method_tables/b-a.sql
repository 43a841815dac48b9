alter table "s"."kept_on" set access method heap;

drop access method if exists "am_rows";

create access method "am_rows" type table handler pg_catalog.heap_tableam_handler;

alter table "s"."kept_on" set access method "am_rows";

drop function if exists "s"."heap_again"(internal);

alter table "s"."moves" set access method "am_rows";

comment on access method "am_rows" is 'rows';

