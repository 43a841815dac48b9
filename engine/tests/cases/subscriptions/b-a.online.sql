set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop subscription if exists "sub_added";

create subscription "sub_gone" connection 'dbname=gone' publication "pub_a" with (connect = false, slot_name = NONE, synchronous_commit = 'off', streaming = 'off', binary = false, disable_on_error = false, two_phase = false);

alter subscription "sub_kept" connection 'host=/nonexistent/a dbname=a';

alter subscription "sub_kept" set publication "pub_a" with (refresh = false);

alter subscription "sub_kept" set (slot_name = NONE, synchronous_commit = 'off');

comment on subscription "sub_kept" is 'old';

commit;

-- warning: subscription "sub_gone" is created without connecting to its publisher (connect = false): create its replication slot on the publisher and set its slot_name, then alter subscription "sub_gone" enable and alter subscription "sub_gone" refresh publication
-- warning: subscription "sub_kept" gets new publications without a refresh (refresh = false): alter subscription "sub_kept" refresh publication once it is connected
