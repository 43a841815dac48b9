set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."booking" drop constraint "no_overlap";

alter table "public"."circle_t" add constraint "circle_excl" EXCLUDE USING gist (c WITH &&) DEFERRABLE;

alter table "public"."booking" add constraint "no_overlap" EXCLUDE USING gist (room WITH =, during WITH &&) WHERE ((room > 0));

commit;

