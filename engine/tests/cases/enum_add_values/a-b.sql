alter type "public"."mood" add value 'very sad' before 'sad';

alter type "public"."mood" add value 'ok' before 'happy';

alter type "public"."mood" add value 'ecstatic';

