alter table "public"."doc" disable row level security;

alter table "public"."doc" no force row level security;

alter table "public"."half" no force row level security;

alter table "public"."secret" enable row level security;

alter table "public"."secret" force row level security;

