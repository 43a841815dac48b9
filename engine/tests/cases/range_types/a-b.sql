create type "public"."timerange" as range (subtype = time without time zone);

alter table "public"."measurement" add column "t" timerange;

drop type "public"."dropped_range";

