set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

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

commit;

-- warning: online: statement 4 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "s"."moves" set access method "am_other";
-- warning: online: statement 7 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "s"."kept_on" set access method heap;
-- warning: online: statement 10 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "s"."kept_on" set access method "am_rows";
