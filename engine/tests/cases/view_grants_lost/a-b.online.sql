set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop view if exists "public"."v";

alter table "public"."t" alter column "amount" set data type bigint using "amount"::bigint;

create or replace view "public"."v" as  SELECT t.id,
    t.amount
   FROM t;


commit;

-- warning: online: statement 5 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "amount" set data type bigint using "amount"::bigint;
