set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop materialized view if exists "public"."snapshot";

drop view if exists "public"."layer3";

drop view if exists "public"."layer2";

drop view if exists "public"."layer1";

alter table "public"."base" alter column "amount" set data type bigint using "amount"::bigint;

create or replace view "public"."layer1" as  SELECT base.id,
    base.amount,
    base.label
   FROM base;


create or replace view "public"."layer2" as  SELECT layer1.id,
    (layer1.amount * 2) AS doubled
   FROM layer1;


create or replace view "public"."layer3" as  SELECT sum(layer2.doubled) AS total
   FROM layer2;


create materialized view "public"."snapshot" as  SELECT layer3.total
   FROM layer3;


commit;

-- warning: online: statement 8 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."base" alter column "amount" set data type bigint using "amount"::bigint;
