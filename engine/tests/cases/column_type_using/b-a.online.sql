set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."t" alter column "flag" set data type integer using "flag"::integer;

alter table "public"."t" alter column "id" set data type integer using "id"::integer;

alter table "public"."t" alter column "n" set data type text using "n"::text;

alter table "public"."t" alter column "price" set data type numeric(6,2) using "price"::numeric(6,2);

alter table "public"."t" alter column "small" set data type smallint using "small"::smallint;

alter table "public"."t" alter column "ts" set data type timestamp without time zone using "ts"::timestamp without time zone;

commit;

-- warning: online: statement 4 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "flag" set data type integer using "flag"::integer;
-- warning: online: statement 5 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "id" set data type integer using "id"::integer;
-- warning: online: statement 6 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "n" set data type text using "n"::text;
-- warning: online: statement 7 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "price" set data type numeric(6,2) using "price"::numeric(6,2);
-- warning: online: statement 8 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "small" set data type smallint using "small"::smallint;
-- warning: online: statement 9 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "ts" set data type timestamp without time zone using "ts"::timestamp without time zone;
