set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop statistics if exists "public"."s_added";

drop statistics if exists "public"."s_column_dropped";

drop statistics if exists "public"."s_kinds";

alter table "public"."u" drop column "z";

alter table "public"."u" add column "y" integer;

CREATE STATISTICS public.s_gone ON a, c FROM t;

CREATE STATISTICS public.s_column_dropped ON x, y FROM u;

CREATE STATISTICS public.s_kinds (ndistinct) ON a, b FROM t;

alter statistics "public"."s_reset" set statistics 200;

alter statistics "public"."s_target" set statistics -1;

comment on statistics "other"."s_elsewhere" is null;

comment on statistics "public"."s_kinds" is 'pairs';

commit;

