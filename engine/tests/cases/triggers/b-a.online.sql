set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop trigger if exists "t_added" on "public"."t";

drop trigger if exists "t_always" on "public"."t";

drop trigger if exists "t_replica" on "public"."t";

drop trigger if exists "t_changes" on "public"."t";

drop trigger if exists "t_disabled" on "public"."t";

drop trigger if exists "t_enabled" on "public"."t";

drop trigger if exists "t_touch" on "public"."t";

CREATE TRIGGER t_gone AFTER INSERT ON public.t FOR EACH STATEMENT EXECUTE FUNCTION audit();

CREATE TRIGGER t_changes AFTER DELETE ON public.t FOR EACH ROW EXECUTE FUNCTION audit();

CREATE TRIGGER t_disabled AFTER UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION audit();

CREATE TRIGGER t_enabled AFTER INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION audit();

alter table "public"."t" disable trigger "t_enabled";

CREATE TRIGGER t_touch BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION touch();

commit;

