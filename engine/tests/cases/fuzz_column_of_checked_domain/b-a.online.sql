set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."tab20" add column "c22" s1."item ty2" not null default (s1.f3('d'::text))::s1."item ty2";

alter table "public"."tab20" alter column "line_item c24" set default 'it''s'::text;

alter table "public"."tab20" alter column "line_item c24" set data type text using "line_item c24"::text;

comment on column "public"."tab20"."c22" is 'a column''s comment';

commit;

-- warning: online: statement 4 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."tab20" add column "c22" s1."item ty2" not null default (s1.f3('d'::text))::s1."item ty2";
