set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create sequence "s"."seq";

comment on schema "s" is 'new schema comment';

comment on type "s"."e" is 'an enum';

comment on sequence "s"."seq" is 'sequence';

comment on column "s"."t"."id" is 'the id, changed';

comment on column "s"."t"."name" is 'a name';

comment on table "s"."t" is null;

comment on view "s"."v" is null;

comment on constraint "t_id_positive" on "s"."t" is 'constraint, changed';

comment on index "s"."t_id" is null;

commit;

