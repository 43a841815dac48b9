set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop transform if exists for integer language "sql";

drop transform if exists for s.mood language "sql";

create or replace transform for bigint language "sql" (from sql with function "pg_catalog"."prsd_lextype"(internal), to sql with function "pg_catalog"."int8recv"(internal));

create transform for text language "sql" (to sql with function "pg_catalog"."textrecv"(internal));

drop function if exists "s"."mood_to"(internal);

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION s.mood_to_v2(internal)
 RETURNS s.mood
 LANGUAGE internal
 IMMUTABLE
AS $function$int4recv$function$
;

create transform for s.mood language "sql" (from sql with function "s"."mood_from"(internal), to sql with function "s"."mood_to_v2"(internal));

comment on transform for bigint language "sql" is null;

comment on transform for s.mood language "sql" is 'mood';

comment on transform for text language "sql" is 'new';

commit;

