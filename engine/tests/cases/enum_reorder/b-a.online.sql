set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter type "public"."size" rename to "size__old_version_to_be_dropped";

create type "public"."size" as enum ('small', 'large', 'medium');

alter table "public"."shirt" alter column s type "public"."size" using s::text::"public"."size";

drop type "public"."size__old_version_to_be_dropped";

commit;

-- warning: online: statement 6 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."shirt" alter column s type "public"."size" using s::text::"public"."size";
