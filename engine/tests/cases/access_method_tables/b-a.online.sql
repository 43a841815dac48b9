set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "s"."kept_on" set access method heap;

drop access method if exists "am_rows";

create access method "am_rows" type table handler pg_catalog.heap_tableam_handler;

alter table "s"."kept_on" set access method "am_rows";

drop function if exists "s"."heap_again"(internal);

alter table "s"."moves" set access method "am_rows";

comment on access method "am_rows" is 'rows';

commit;

-- warning: online: statement 4 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "s"."kept_on" set access method heap;
-- warning: online: statement 7 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "s"."kept_on" set access method "am_rows";
-- warning: online: statement 9 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "s"."moves" set access method "am_rows";
