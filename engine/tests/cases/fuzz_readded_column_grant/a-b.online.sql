set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."item tab13" drop constraint "ck16";

alter table "public"."item tab13" drop constraint "ck17";

alter table "public"."item tab13" drop column "Order c15";

alter table "public"."item tab13" alter column "id14" set data type integer using "id14"::integer;

alter table "public"."item tab13" add column "Order c15" numeric generated always as (((id14)::numeric * (2)::numeric)) stored;

alter table "public"."item tab13" add constraint "ck16" CHECK ((id14 = ANY (ARRAY[1, 2, 3, 4, 5]))) not valid;

alter table "public"."item tab13" add constraint "ck17" CHECK ((id14 <> ALL (ARRAY['-1'::integer, '-2'::integer]))) not valid;

grant select on table "public"."item tab13" to "schemainspect_test_role";

grant select ("Order c15") on table "public"."item tab13" to "schemainspect_test_role";

commit;

begin;

alter table "public"."item tab13" validate constraint "ck16";

alter table "public"."item tab13" validate constraint "ck17";

commit;

-- warning: online: statement 7 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."item tab13" alter column "id14" set data type integer using "id14"::integer;
-- warning: online: statement 8 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."item tab13" add column "Order c15" numeric generated always as (((id14)::numeric * (2)::numeric)) stored;
