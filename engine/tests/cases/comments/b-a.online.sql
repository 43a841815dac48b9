set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop sequence if exists "s"."seq";

comment on schema "s" is 'old schema comment';

comment on type "s"."e" is null;

comment on column "s"."t"."id" is 'the id';

comment on column "s"."t"."name" is null;

comment on table "s"."t" is 'a table';

comment on view "s"."v" is 'gone';

comment on constraint "t_id_positive" on "s"."t" is 'constraint';

comment on index "s"."t_id" is 'index';

commit;

