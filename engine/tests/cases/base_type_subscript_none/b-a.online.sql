set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter type "s"."xy" set (subscript = none);

alter type "s"."zw" set (subscript = raw_array_subscript_handler);

drop type "s"."nw" cascade;

commit;

