create subscription sub_kept connection 'host=/nonexistent/b dbname=b application_name=x'
    publication pub_a, "pub B" with (connect = false, slot_name = 'kept_slot', synchronous_commit = 'local');
create subscription sub_added connection 'dbname=added' publication pub_c
    with (connect = false, slot_name = NONE);
comment on subscription sub_kept is 'new';
