set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

grant select on table "s1"."q""x tab19" to "schemainspect_test_role";

commit;

