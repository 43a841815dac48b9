set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."parent" drop column "shared";

alter table "public"."parent" add column "added_to_parent" integer;

commit;

