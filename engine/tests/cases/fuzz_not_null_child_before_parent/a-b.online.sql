set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."tab4" add constraint "c8_not_null_7bca34" check ("c8" is not null) not valid;

alter table "public"."tab15" add constraint "c8_not_null_dfd2b6" check ("c8" is not null) not valid;

commit;

begin;

alter table "public"."tab4" validate constraint "c8_not_null_7bca34";

alter table "public"."tab4" alter column "c8" set not null;

alter table "public"."tab4" drop constraint "c8_not_null_7bca34";

alter table "public"."tab15" validate constraint "c8_not_null_dfd2b6";

alter table "public"."tab15" alter column "c8" set not null;

alter table "public"."tab15" drop constraint "c8_not_null_dfd2b6";

commit;

