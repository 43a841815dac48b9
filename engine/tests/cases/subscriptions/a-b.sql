drop subscription if exists "sub_gone";

create subscription "sub_added" connection 'dbname=added' publication "pub_c" with (connect = false, slot_name = NONE, synchronous_commit = 'off', streaming = 'off', binary = false, disable_on_error = false, two_phase = false);

alter subscription "sub_kept" connection 'host=/nonexistent/b dbname=b application_name=x';

alter subscription "sub_kept" set publication "pub_a", "pub B" with (refresh = false);

alter subscription "sub_kept" set (slot_name = 'kept_slot', synchronous_commit = 'local');

comment on subscription "sub_kept" is 'new';

