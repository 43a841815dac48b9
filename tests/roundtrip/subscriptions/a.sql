-- Subscriptions (created without connecting: no publisher needed): one with a new connection,
-- publication list, slot name, synchronous_commit and comment; one dropped, one created. Those
-- dropped have no slot (slot_name = NONE): dropping one with a slot connects to the publisher.
create subscription sub_kept connection 'host=/nonexistent/a dbname=a' publication pub_a
    with (connect = false, slot_name = NONE, synchronous_commit = 'off');
create subscription sub_gone connection 'dbname=gone' publication pub_a
    with (connect = false, slot_name = NONE);
comment on subscription sub_kept is 'old';
