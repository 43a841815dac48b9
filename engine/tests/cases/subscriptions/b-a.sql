drop subscription if exists "sub_added";

create subscription "sub_gone" connection 'dbname=gone' publication "pub_a" with (connect = false, slot_name = NONE, synchronous_commit = 'off', streaming = 'off', binary = false, disable_on_error = false, two_phase = false);

alter subscription "sub_kept" connection 'host=/nonexistent/a dbname=a';

alter subscription "sub_kept" set publication "pub_a" with (refresh = false);

alter subscription "sub_kept" set (slot_name = NONE, synchronous_commit = 'off');

comment on subscription "sub_kept" is 'old';

