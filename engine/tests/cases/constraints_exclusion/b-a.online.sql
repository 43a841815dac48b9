set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."circle_t" drop constraint "circle_excl";

alter table "public"."booking" drop constraint "no_overlap";

alter table "public"."booking" add constraint "no_overlap" EXCLUDE USING gist (room WITH =, during WITH &&);

commit;

-- warning: online: statement 6 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."booking" add constraint "no_overlap" EXCLUDE USING gist (room WITH =, during WITH &&);
