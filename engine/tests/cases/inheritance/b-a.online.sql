set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."child_leaves" inherit "public"."base";

alter table "public"."orphan" no inherit "public"."base";

commit;

