alter table "public"."tab11" drop column "c15";

alter table "public"."tab11" add column "c14" character varying(30);

alter table "public"."tab11" add column "c15" text not null generated always as (lower((c14)::text)) stored;

