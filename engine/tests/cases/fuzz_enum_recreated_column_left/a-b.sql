alter type "public"."ty2" add value 'y11';

alter table "public"."tab18" add column "c33" ty2;

comment on column "public"."tab18"."c33" is 'a column''s comment';

