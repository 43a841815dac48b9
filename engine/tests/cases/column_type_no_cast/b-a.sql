drop cast if exists (mood as integer);

drop function if exists "public"."mood_rank"(mood);

drop index if exists "public"."readings_ref";

alter table "public"."readings" drop column "active";

alter table "public"."readings" drop column "counts";

alter table "public"."readings" drop column "feeling";

alter table "public"."readings" drop column "ref";

alter table "public"."readings" drop column "taken";

alter table "public"."readings" drop column "token";

alter table "public"."readings" add column "active" bigint;

alter table "public"."readings" add column "counts" integer[];

alter table "public"."readings" add column "feeling" mood;

alter table "public"."readings" add column "ref" integer;

alter table "public"."readings" add column "taken" date;

alter table "public"."readings" add column "token" integer not null;

alter table "public"."readings" alter column "place" set data type point2 using "place"::text::point2;

alter table "public"."readings" alter column "span" set data type int4range using "span"::text::int4range;

alter table "public"."readings" alter column "tags" set data type text[] using "tags"::text[];

CREATE INDEX readings_ref ON public.readings USING btree (ref);

