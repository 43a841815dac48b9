alter type "s"."unused" add value 'c';

drop view if exists "s"."happy_people";

drop index if exists "s"."person_other";

alter table "s"."person" alter column "current_mood" drop default;

alter type "s"."Mood Two" rename to "Mood Two__old_version_to_be_dropped";

create type "s"."Mood Two" as enum ('low', 'mid', 'high');

alter type "s"."mood" rename to "mood__old_version_to_be_dropped";

create type "s"."mood" as enum ('sad', 'ok', 'happy');

alter table "s"."person" alter column current_mood type "s"."mood" using current_mood::text::"s"."mood";

alter table "s"."person" alter column other type "s"."Mood Two" using other::text::"s"."Mood Two";

alter table "s"."person" alter column "current_mood" set default 'ok'::s.mood;

drop type "s"."Mood Two__old_version_to_be_dropped";

drop type "s"."mood__old_version_to_be_dropped";

CREATE INDEX person_other ON s.person USING btree (name) WHERE (other = ANY (ARRAY['high'::s."Mood Two", 'mid'::s."Mood Two"]));

alter table "s"."person" add constraint "person_check" CHECK (((current_mood <> 'ok'::s.mood) OR (name IS NOT NULL))) not valid;

alter table "s"."person" validate constraint "person_check";

create or replace view "s"."happy_people" as  SELECT person.name
   FROM s.person
  WHERE (person.current_mood = ANY (ARRAY['happy'::s.mood, 'ok'::s.mood]));


