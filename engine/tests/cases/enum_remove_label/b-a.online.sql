set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter type "public"."status" add value 'obsolete' before 'done';

commit;

