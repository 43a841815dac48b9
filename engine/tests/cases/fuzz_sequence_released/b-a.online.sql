set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."tab5" drop constraint "Order k27";

alter table "public"."tab5" drop constraint "k26";

alter table "public"."tab5" drop constraint "k28";

alter table "public"."tab5" drop constraint "k25";

drop index if exists "public"."k25";

drop index if exists "public"."k26";

alter sequence "public"."seq4" owned by none;

drop table "public"."tab5";

comment on sequence "public"."seq4" is null;

commit;

