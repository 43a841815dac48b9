create or replace view "public"."v_off" with (security_invoker=true) as  SELECT t.id
   FROM t;


create or replace view "public"."v_on" as  SELECT t.id
   FROM t;


