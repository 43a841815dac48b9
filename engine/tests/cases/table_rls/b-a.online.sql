set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."doc" disable row level security;

alter table "public"."doc" no force row level security;

alter table "public"."half" no force row level security;

alter table "public"."secret" enable row level security;

alter table "public"."secret" force row level security;

commit;

