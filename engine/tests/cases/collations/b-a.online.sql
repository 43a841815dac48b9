set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create collation if not exists "public"."dropped" (provider = 'libc', lc_collate = 'C', lc_ctype = 'C');

alter table "public"."t" drop column "title";

alter table "public"."t" alter column "name" set data type text collate "C" using "name"::text;

drop collation if exists "public"."changed";

create collation if not exists "public"."changed" (provider = 'libc', lc_collate = 'C', lc_ctype = 'C');

drop collation if exists "public"."added";

commit;

