set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create or replace view "public"."v_barrier" as  SELECT t.id
   FROM t;


create or replace view "public"."v_invoker" with (security_barrier=true) as  SELECT t.id
   FROM t;


commit;

