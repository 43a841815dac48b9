alter table "s"."moves" set access method "am_other";

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION s.heap_again(internal)
 RETURNS table_am_handler
 LANGUAGE internal
AS $function$heap_tableam_handler$function$
;

alter table "s"."kept_on" set access method heap;

drop access method if exists "am_rows";

create access method "am_rows" type table handler s.heap_again;

alter table "s"."kept_on" set access method "am_rows";

comment on access method "am_rows" is 'rows';

