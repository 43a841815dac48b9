set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."parent" drop column "added_to_parent";

alter table "public"."parent" add column "shared" text;

commit;

