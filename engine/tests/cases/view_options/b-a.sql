create or replace view "public"."v_barrier" as  SELECT t.id
   FROM t;


create or replace view "public"."v_invoker" with (security_barrier=true) as  SELECT t.id
   FROM t;


