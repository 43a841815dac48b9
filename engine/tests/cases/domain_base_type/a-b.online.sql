set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop view if exists "public"."big_payment";

alter table "public"."refund" alter column "amounts" drop default;

alter domain "public"."money_amount" rename to "money_amount__old_version_to_be_dropped";

create domain "public"."money_amount" as numeric(12,4) constraint "money_amount_check" CHECK ((VALUE >= (0)::numeric));

alter table "public"."payment" alter column amount type "public"."money_amount" using amount::"public"."money_amount";

alter table "public"."refund" alter column amounts type "public"."money_amount"[] using amounts::"public"."money_amount"[];

alter table "public"."refund" alter column "amounts" set default '{}'::money_amount[];

drop domain "public"."money_amount__old_version_to_be_dropped";

create or replace view "public"."big_payment" as  SELECT payment.id,
    payment.amount
   FROM payment
  WHERE ((payment.amount)::numeric > (100)::numeric);


commit;

-- warning: online: statement 8 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."payment" alter column amount type "public"."money_amount" using amount::"public"."money_amount";
-- warning: online: statement 9 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."refund" alter column amounts type "public"."money_amount"[] using amounts::"public"."money_amount"[];
