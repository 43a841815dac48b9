set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."user tab5" drop column "c24";

alter table "public"."user tab5" alter column "c9" set data type bigint using "c9"::bigint;

alter table "public"."user tab5" alter column "c9" set maxvalue 9223372036854775807;

comment on table "public"."user tab5" is null;

commit;

-- warning: online: statement 5 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."user tab5" alter column "c9" set data type bigint using "c9"::bigint;
