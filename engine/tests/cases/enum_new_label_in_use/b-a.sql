alter table "s"."person" drop constraint "person_check";

drop view if exists "s"."happy_people";

drop index if exists "s"."person_other";

alter table "s"."person" alter column "current_mood" drop default;

alter type "s"."Mood Two" rename to "Mood Two__old_version_to_be_dropped";

create type "s"."Mood Two" as enum ('low', 'high');

alter type "s"."mood" rename to "mood__old_version_to_be_dropped";

create type "s"."mood" as enum ('sad', 'happy');

alter type "s"."unused" rename to "unused__old_version_to_be_dropped";

create type "s"."unused" as enum ('a', 'b');

alter table "s"."person" alter column current_mood type "s"."mood" using current_mood::text::"s"."mood";

alter table "s"."person" alter column other type "s"."Mood Two" using other::text::"s"."Mood Two";

alter table "s"."person" alter column spare type "s"."unused" using spare::text::"s"."unused";

alter table "s"."person" alter column "current_mood" set default 'sad'::s.mood;

drop type "s"."Mood Two__old_version_to_be_dropped";

drop type "s"."mood__old_version_to_be_dropped";

drop type "s"."unused__old_version_to_be_dropped";

CREATE INDEX person_other ON s.person USING btree (name) WHERE (other = 'high'::s."Mood Two");

create or replace view "s"."happy_people" as  SELECT person.name
   FROM s.person
  WHERE (person.current_mood = 'happy'::s.mood);


