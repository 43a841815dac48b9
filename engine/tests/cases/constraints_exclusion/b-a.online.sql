set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."circle_t" drop constraint "circle_excl";

alter table "public"."booking" drop constraint "no_overlap";

alter table "public"."booking" add constraint "no_overlap" EXCLUDE USING gist (room WITH =, during WITH &&);

commit;

