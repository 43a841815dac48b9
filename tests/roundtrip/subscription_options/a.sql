-- Subscription options of PostgreSQL 16+ set and reset in place (not failover and two_phase,
-- which ALTER SUBSCRIPTION refuses inside a transaction block).
create subscription sub_options connection 'dbname=a' publication pub_a
    with (connect = false, slot_name = NONE, binary = false, streaming = off, disable_on_error = false,
          origin = any, password_required = true, run_as_owner = false);
