alter table "public"."circle_t" drop constraint "circle_excl";

alter table "public"."booking" drop constraint "no_overlap";

alter table "public"."booking" add constraint "no_overlap" EXCLUDE USING gist (room WITH =, during WITH &&);

