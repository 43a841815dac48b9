set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."doc" enable row level security;

alter table "public"."doc" force row level security;

alter table "public"."half" force row level security;

alter table "public"."secret" disable row level security;

alter table "public"."secret" no force row level security;

commit;

