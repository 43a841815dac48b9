create subscription sub_options connection 'dbname=a' publication pub_a
    with (connect = false, slot_name = NONE, binary = true, streaming = parallel, disable_on_error = true,
          origin = none, password_required = false, run_as_owner = true);
