set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."drops" no inherit "public"."base";

alter table "public"."drops" drop constraint "base_created_check";

alter table "public"."drops" drop constraint "base_note_check";

alter table "public"."keeps" no inherit "public"."base";

commit;

