alter table "public"."tab6" alter column "c8" set not null;

alter table "public"."item part10" alter column "c8" set not null;

alter table "public"."item part9" alter column "c8" set not null;

