set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop cast if exists (mood as integer);

drop function if exists "public"."mood_rank"(mood);

commit;

drop index concurrently if exists "public"."readings_ref";

begin;

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

commit;

CREATE INDEX CONCURRENTLY readings_ref ON public.readings USING btree (ref);

-- warning: online: statement 20 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."readings" add column "token" integer not null;
-- warning: online: statement 21 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."readings" alter column "place" set data type point2 using "place"::text::point2;
-- warning: online: statement 22 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."readings" alter column "span" set data type int4range using "span"::text::int4range;
-- warning: online: statement 23 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."readings" alter column "tags" set data type text[] using "tags"::text[];
