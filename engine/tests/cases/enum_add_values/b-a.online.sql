set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop view if exists "public"."happy_people";

alter table "public"."person" alter column "current_mood" drop default;

alter type "public"."mood" rename to "mood__old_version_to_be_dropped";

create type "public"."mood" as enum ('sad', 'happy');

alter table "public"."person" alter column current_mood type "public"."mood" using current_mood::text::"public"."mood";

alter table "public"."person" alter column "current_mood" set default 'sad'::mood;

drop type "public"."mood__old_version_to_be_dropped";

create or replace view "public"."happy_people" as  SELECT person.name
   FROM person
  WHERE (person.current_mood = 'happy'::mood);


commit;

-- warning: online: statement 8 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."person" alter column current_mood type "public"."mood" using current_mood::text::"public"."mood";
