set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create type "public"."added" as ("x" double precision, "y" double precision);

alter type "public"."address" rename to "address__old_version_to_be_dropped";

create type "public"."address" as ("street" text, "city" character varying(100), "zip" text, "country" text);

alter table "public"."customer" alter column home type "public"."address" using case when home::text is null then null else row((home)."street"::text, (home)."city"::character varying(100), (home)."zip"::text, null::text)::"public"."address" end;

drop type "public"."address__old_version_to_be_dropped";

drop type "public"."dropped";

commit;

-- warning: online: statement 7 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."customer" alter column home type "public"."address" using case when home::text is null then null else row((home)."street"::text, (home)."city"::character varying(100), (home)."zip"::text, null::text)::"public"."address" end;
