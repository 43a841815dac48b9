set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create type "public"."dropped" as ("a" integer);

alter type "public"."address" rename to "address__old_version_to_be_dropped";

create type "public"."address" as ("street" text, "city" text, "zip" integer);

alter table "public"."customer" alter column home type "public"."address" using case when home::text is null then null else row((home)."street"::text, (home)."city"::text, (home)."zip"::integer)::"public"."address" end;

drop type "public"."address__old_version_to_be_dropped";

drop type "public"."added";

commit;

-- warning: online: statement 7 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."customer" alter column home type "public"."address" using case when home::text is null then null else row((home)."street"::text, (home)."city"::text, (home)."zip"::integer)::"public"."address" end;
