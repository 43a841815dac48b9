set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."child_leaves" no inherit "public"."base";

alter table "public"."orphan" inherit "public"."base";

commit;

