set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop trigger if exists "t_gone" on "public"."t";

drop trigger if exists "t_changes" on "public"."t";

drop trigger if exists "t_disabled" on "public"."t";

drop trigger if exists "t_enabled" on "public"."t";

drop trigger if exists "t_touch" on "public"."t";

CREATE TRIGGER t_added AFTER INSERT ON public.t REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION audit();

CREATE TRIGGER t_always AFTER INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION audit();

alter table "public"."t" enable always trigger "t_always";

CREATE TRIGGER t_replica AFTER INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION audit();

alter table "public"."t" enable replica trigger "t_replica";

CREATE TRIGGER t_changes AFTER DELETE OR TRUNCATE ON public.t FOR EACH STATEMENT EXECUTE FUNCTION audit();

CREATE TRIGGER t_disabled AFTER UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION audit();

alter table "public"."t" disable trigger "t_disabled";

CREATE TRIGGER t_enabled AFTER INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION audit();

CREATE TRIGGER t_touch BEFORE UPDATE ON public.t FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION touch();

commit;

