alter type "public"."status" add value 'obsolete' before 'done';

