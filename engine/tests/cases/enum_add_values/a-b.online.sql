set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter type "public"."mood" add value 'very sad' before 'sad';

alter type "public"."mood" add value 'ok' before 'happy';

alter type "public"."mood" add value 'ecstatic';

commit;

