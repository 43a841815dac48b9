set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

revoke select on table "public"."item tab13" from "schemainspect_test_role";

alter table "public"."item tab13" drop constraint "ck16";

alter table "public"."item tab13" drop constraint "ck17";

alter table "public"."item tab13" drop column "Order c15";

alter table "public"."item tab13" alter column "id14" set data type bigint using "id14"::bigint;

alter table "public"."item tab13" add column "Order c15" numeric generated always as (((id14)::numeric * (2)::numeric)) stored;

alter table "public"."item tab13" add constraint "ck16" CHECK ((id14 = ANY (ARRAY[(1)::bigint, (2)::bigint, (3)::bigint, (4)::bigint, (5)::bigint]))) not valid;

alter table "public"."item tab13" add constraint "ck17" CHECK ((id14 <> ALL (ARRAY[('-1'::integer)::bigint, ('-2'::integer)::bigint]))) not valid;

grant select ("Order c15") on table "public"."item tab13" to "schemainspect_test_role";

commit;

begin;

alter table "public"."item tab13" validate constraint "ck16";

alter table "public"."item tab13" validate constraint "ck17";

commit;

-- warning: online: statement 8 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."item tab13" alter column "id14" set data type bigint using "id14"::bigint;
-- warning: online: statement 9 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."item tab13" add column "Order c15" numeric generated always as (((id14)::numeric * (2)::numeric)) stored;
