set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop rule if exists "added_replica" on "public"."added";

drop rule if exists "v_delete" on "public"."v";

drop rule if exists "t_ignore_negative" on "public"."t";

drop table "public"."added";

CREATE RULE t_gone AS
    ON DELETE TO public.t DO  DELETE FROM t_log
  WHERE (t_log.id = old.id);

CREATE RULE t_ignore_negative AS
    ON INSERT TO public.t
   WHERE (new.id < 0) DO INSTEAD NOTHING;

alter table "public"."t" enable rule "t_log_update";

comment on rule "Odd Name" on "public"."t_log" is 'nulls are dropped';

commit;

