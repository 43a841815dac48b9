set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION "Atomic ""$$"""."atomic ""a"""()
 RETURNS bigint
 LANGUAGE sql
BEGIN ATOMIC
 SELECT count(*) AS count
    FROM "Atomic ""$$"""."t; drop"
   WHERE ("t; drop".drop <> 'drop; /* */ $$'::text);
 SELECT 1;
END
;

CREATE OR REPLACE PROCEDURE "Atomic ""$$"""."proc; --"(IN x integer)
 LANGUAGE sql
BEGIN ATOMIC
 INSERT INTO "Atomic ""$$"""."t; drop" (id, drop)
   VALUES ("proc; --".x, 'end; drop table t;'::text);
 DELETE FROM "Atomic ""$$"""."t; drop"
   WHERE ("t; drop".drop = 'begin atomic'::text);
END
;

CREATE OR REPLACE FUNCTION "Atomic ""$$""".ret(x text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
RETURN (((x || 'drop table t; --'::text) || '$$'::text) || '$fn$'::text)
;

comment on function "Atomic ""$$"""."atomic ""a"""() is 'end;
begin atomic';

commit;

