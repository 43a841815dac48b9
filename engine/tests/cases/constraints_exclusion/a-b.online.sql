set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."booking" drop constraint "no_overlap";

alter table "public"."circle_t" add constraint "circle_excl" EXCLUDE USING gist (c WITH &&) DEFERRABLE;

alter table "public"."booking" add constraint "no_overlap" EXCLUDE USING gist (room WITH =, during WITH &&) WHERE ((room > 0));

commit;

-- warning: online: statement 5 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."circle_t" add constraint "circle_excl" EXCLUDE USING gist (c WITH &&) DEFERRABLE;
-- warning: online: statement 6 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."booking" add constraint "no_overlap" EXCLUDE USING gist (room WITH =, during WITH &&) WHERE ((room > 0));
