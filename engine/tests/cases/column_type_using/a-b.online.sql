set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."t" alter column "flag" set data type boolean using "flag"::boolean;

alter table "public"."t" alter column "id" set data type bigint using "id"::bigint;

alter table "public"."t" alter column "n" set data type integer using "n"::integer;

alter table "public"."t" alter column "price" set data type numeric(12,4) using "price"::numeric(12,4);

alter table "public"."t" alter column "small" set data type bigint using "small"::bigint;

alter table "public"."t" alter column "ts" set data type timestamp with time zone using "ts"::timestamp with time zone;

commit;

-- warning: online: statement 4 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "flag" set data type boolean using "flag"::boolean;
-- warning: online: statement 5 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "id" set data type bigint using "id"::bigint;
-- warning: online: statement 6 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "n" set data type integer using "n"::integer;
-- warning: online: statement 7 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "price" set data type numeric(12,4) using "price"::numeric(12,4);
-- warning: online: statement 8 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "small" set data type bigint using "small"::bigint;
-- warning: online: statement 9 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "ts" set data type timestamp with time zone using "ts"::timestamp with time zone;
