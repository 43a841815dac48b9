drop transform if exists for text language "sql";

drop transform if exists for s.mood language "sql";

create or replace transform for bigint language "sql" (from sql with function "pg_catalog"."prsd_lextype"(internal));

create transform for integer language "sql" (from sql with function "pg_catalog"."prsd_lextype"(internal), to sql with function "pg_catalog"."int4recv"(internal));

drop function if exists "s"."mood_to_v2"(internal);

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION s.mood_to(internal)
 RETURNS s.mood
 LANGUAGE internal
 IMMUTABLE
AS $function$int4recv$function$
;

create transform for s.mood language "sql" (from sql with function "s"."mood_from"(internal), to sql with function "s"."mood_to"(internal));

comment on transform for bigint language "sql" is 'changes';

comment on transform for s.mood language "sql" is 'mood';

