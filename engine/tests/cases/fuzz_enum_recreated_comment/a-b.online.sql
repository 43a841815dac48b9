set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter type "public"."ty2" add value 'y955' before 'l2';

commit;

