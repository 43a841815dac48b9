set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."tab6" add constraint "c8_not_null_8246c5" check ("c8" is not null) not valid;

alter table "public"."item part10" add constraint "c8_not_null_35cb72" check ("c8" is not null) not valid;

alter table "public"."item part9" add constraint "c8_not_null_7b34d5" check ("c8" is not null) not valid;

commit;

begin;

alter table "public"."tab6" validate constraint "c8_not_null_8246c5";

alter table "public"."tab6" alter column "c8" set not null;

alter table "public"."tab6" drop constraint "c8_not_null_8246c5";

alter table "public"."item part10" validate constraint "c8_not_null_35cb72";

alter table "public"."item part10" alter column "c8" set not null;

alter table "public"."item part10" drop constraint "c8_not_null_35cb72";

alter table "public"."item part9" validate constraint "c8_not_null_7b34d5";

alter table "public"."item part9" alter column "c8" set not null;

alter table "public"."item part9" drop constraint "c8_not_null_7b34d5";

commit;

