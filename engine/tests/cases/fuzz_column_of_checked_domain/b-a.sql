alter table "public"."tab20" add column "c22" s1."item ty2" not null default (s1.f3('d'::text))::s1."item ty2";

alter table "public"."tab20" alter column "line_item c24" set default 'it''s'::text;

alter table "public"."tab20" alter column "line_item c24" set data type text using "line_item c24"::text;

comment on column "public"."tab20"."c22" is 'a column''s comment';

