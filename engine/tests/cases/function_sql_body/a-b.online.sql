set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.counted()
 RETURNS bigint
 LANGUAGE sql
BEGIN ATOMIC
 SELECT (count(*) + 1)
    FROM t;
END
;

CREATE OR REPLACE FUNCTION public.standard(x integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
RETURN (x + 100)
;

CREATE OR REPLACE FUNCTION public.to_standard(x integer)
 RETURNS integer
 LANGUAGE sql
RETURN (x * 2)
;

commit;

