set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop table "public"."n";

alter table "public"."t" alter column "c" set data type character varying(5) using "c"::character varying(5);

alter table only "public"."t" alter column "a" set compression default;

alter table only "public"."t" alter column "b" set compression pglz;

alter table only "public"."t" alter column "c" set compression pglz;

commit;

-- warning: online: statement 5 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "c" set data type character varying(5) using "c"::character varying(5);
