set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."t" alter column "a" set data type integer using "a"::integer;

alter table "public"."t" alter column "b" set data type character varying(20) using "b"::character varying(20);

alter table "public"."t" alter column "c" set data type numeric(10,2) using "c"::numeric(10,2);

alter table "public"."t" alter column "d" set data type timestamp(3) without time zone using "d"::timestamp(3) without time zone;

alter table "public"."t" alter column "e" set data type character varying(20) using "e"::character varying(20);

alter table "public"."t" alter column "f" set data type numeric(10,2) using "f"::numeric(10,2);

commit;

-- warning: online: statement 4 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "a" set data type integer using "a"::integer;
-- warning: online: statement 5 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "b" set data type character varying(20) using "b"::character varying(20);
-- warning: online: statement 6 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "c" set data type numeric(10,2) using "c"::numeric(10,2);
-- warning: online: statement 7 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "d" set data type timestamp(3) without time zone using "d"::timestamp(3) without time zone;
-- warning: online: statement 9 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "f" set data type numeric(10,2) using "f"::numeric(10,2);
