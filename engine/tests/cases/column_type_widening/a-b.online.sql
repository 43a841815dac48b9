set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."t" alter column "a" set data type bigint using "a"::bigint;

alter table "public"."t" alter column "b" set data type text using "b"::text;

alter table "public"."t" alter column "c" set data type numeric(12,2) using "c"::numeric(12,2);

alter table "public"."t" alter column "d" set data type timestamp(6) without time zone using "d"::timestamp(6) without time zone;

alter table "public"."t" alter column "e" set data type character varying(10) using "e"::character varying(10);

alter table "public"."t" alter column "f" set data type numeric(10,1) using "f"::numeric(10,1);

commit;

-- warning: online: statement 4 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "a" set data type bigint using "a"::bigint;
-- warning: online: statement 8 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "e" set data type character varying(10) using "e"::character varying(10);
-- warning: online: statement 9 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "f" set data type numeric(10,1) using "f"::numeric(10,1);
