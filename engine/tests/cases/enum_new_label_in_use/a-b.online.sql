set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter type "s"."unused" add value 'c';

drop view if exists "s"."happy_people";

commit;

drop index concurrently if exists "s"."person_other";

begin;

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

commit;

CREATE INDEX CONCURRENTLY person_other ON s.person USING btree (name) WHERE (other = ANY (ARRAY['high'::s."Mood Two", 'mid'::s."Mood Two"]));

begin;

alter table "s"."person" add constraint "person_check" CHECK (((current_mood <> 'ok'::s.mood) OR (name IS NOT NULL))) not valid;

create or replace view "s"."happy_people" as  SELECT person.name
   FROM s.person
  WHERE (person.current_mood = ANY (ARRAY['happy'::s.mood, 'ok'::s.mood]));


commit;

begin;

alter table "s"."person" validate constraint "person_check";

commit;

-- warning: online: statement 14 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "s"."person" alter column current_mood type "s"."mood" using current_mood::text::"s"."mood";
-- warning: online: statement 15 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "s"."person" alter column other type "s"."Mood Two" using other::text::"s"."Mood Two";
