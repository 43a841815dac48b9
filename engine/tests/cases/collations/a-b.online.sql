set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create collation if not exists "public"."added" (provider = 'icu', locale = 'de-u-co-phonebk');

drop collation if exists "public"."changed";

create collation if not exists "public"."changed" (provider = 'icu', locale = 'und-u-ks-level2', deterministic = false);

alter table "public"."t" add column "title" text collate "added";

alter table "public"."t" alter column "name" set data type text collate "changed" using "name"::text;

drop collation if exists "public"."dropped";

commit;

