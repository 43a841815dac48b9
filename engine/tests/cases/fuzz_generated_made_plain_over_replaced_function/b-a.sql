drop function if exists "public"."Order f6"(x numeric);

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public."Order f6"(x numeric)
 RETURNS integer
 LANGUAGE plpgsql
 IMMUTABLE
AS $function$ BEGIN RETURN (x + 8); END $function$
;

alter table "s1"."select tab8" drop column "c10";

alter table "s1"."select tab8" drop column "c11";

alter table "s1"."select tab8" add column "id9" bigint not null;

alter table "s1"."select tab8" add column "c10" numeric not null generated always as ("Order f6"(((id9)::integer)::numeric)) stored;

alter table "s1"."select tab8" add column "c11" numeric generated always as ((id9 + 1)) stored;

CREATE UNIQUE INDEX "item pk12" ON s1."select tab8" USING btree (id9);

alter table "s1"."select tab8" add constraint "item pk12" PRIMARY KEY using index "item pk12";

alter table "s1"."select tab8" add constraint "item ck13" CHECK (((id9)::numeric < 1000.5)) not valid;

alter table "s1"."select tab8" validate constraint "item ck13";

