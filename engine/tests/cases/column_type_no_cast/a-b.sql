drop index if exists "public"."readings_ref";

alter table "public"."readings" drop column "active";

alter table "public"."readings" drop column "counts";

alter table "public"."readings" drop column "ref";

alter table "public"."readings" drop column "taken";

alter table "public"."readings" drop column "token";

alter table "public"."readings" add column "active" boolean;

alter table "public"."readings" add column "counts" integer;

alter table "public"."readings" add column "ref" uuid;

alter table "public"."readings" add column "taken" integer;

alter table "public"."readings" add column "token" uuid not null default gen_random_uuid();

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.mood_rank(mood)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select case $1 when 'sad' then 0 else 1 end $function$
;

create cast (mood as integer) with function "public"."mood_rank"(mood);

alter table "public"."readings" alter column "feeling" set data type integer using "feeling"::integer;

alter table "public"."readings" alter column "place" set data type point3 using "place"::text::point3;

alter table "public"."readings" alter column "span" set data type int8range using "span"::text::int8range;

alter table "public"."readings" alter column "tags" set data type integer[] using "tags"::integer[];

CREATE INDEX readings_ref ON public.readings USING btree (ref);

