set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."t" drop column "gone";

alter table "public"."t" drop column "gone_too";

alter table "public"."t" add column "added" character varying(20) collate "C" not null default 'x'::character varying;

alter table "public"."t" add column "amount" numeric(8,2);

alter table "public"."t" add column "tags" text[];

commit;

