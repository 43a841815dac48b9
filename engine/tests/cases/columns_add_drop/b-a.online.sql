set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."t" drop column "added";

alter table "public"."t" drop column "amount";

alter table "public"."t" drop column "tags";

alter table "public"."t" add column "gone" text;

alter table "public"."t" add column "gone_too" integer[];

commit;

