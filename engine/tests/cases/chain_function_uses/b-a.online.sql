set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop policy "item_visible" on "public"."item";

alter table "public"."item" drop constraint "item_points_check";

drop view if exists "public"."item_scores";

commit;

drop index concurrently if exists "public"."item_score";

begin;

alter table "public"."item" alter column "points" drop default;

drop function if exists "public"."score"(x integer);

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.score(x integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select x * 10 $function$
;

commit;

CREATE INDEX CONCURRENTLY item_score ON public.item USING btree (score(id));

begin;

alter table "public"."item" add constraint "item_points_check" CHECK ((score(points) >= 0)) not valid;

alter table "public"."item" alter column "points" set default score(1);

create or replace view "public"."item_scores" as  SELECT item.id,
    score(item.points) AS s
   FROM item;


create policy "item_visible"
on "public"."item"
as permissive
for all
to public
using ((score(id) > 0));


commit;

begin;

alter table "public"."item" validate constraint "item_points_check";

commit;

