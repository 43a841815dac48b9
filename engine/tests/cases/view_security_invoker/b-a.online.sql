set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create or replace view "public"."v_off" with (security_invoker=true) as  SELECT t.id
   FROM t;


create or replace view "public"."v_on" as  SELECT t.id
   FROM t;


commit;

