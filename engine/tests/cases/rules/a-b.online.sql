set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop rule if exists "t_gone" on "public"."t";

drop rule if exists "t_ignore_negative" on "public"."t";

create table "public"."added" (
    "id" integer
);


CREATE RULE added_replica AS
    ON INSERT TO public.added DO  INSERT INTO t_log (id)
  VALUES (new.id);

alter table "public"."added" enable replica rule "added_replica";

CREATE RULE v_delete AS
    ON DELETE TO public.v DO INSTEAD  DELETE FROM t
  WHERE (t.id = old.id);

CREATE RULE t_ignore_negative AS
    ON INSERT TO public.t
   WHERE (new.id <= 0) DO INSTEAD NOTHING;

alter table "public"."t" disable rule "t_log_update";

comment on rule "Odd Name" on "public"."t_log" is 'nulls are ignored';

commit;

