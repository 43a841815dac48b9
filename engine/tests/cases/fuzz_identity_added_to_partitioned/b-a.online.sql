set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."select tab16" drop column "c45";

commit;

