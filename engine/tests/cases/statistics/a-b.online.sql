set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop statistics if exists "public"."s_gone";

drop statistics if exists "public"."s_column_dropped";

drop statistics if exists "public"."s_kinds";

alter table "public"."u" drop column "y";

alter table "public"."u" add column "z" integer;

CREATE STATISTICS public.s_added ON b, d FROM t;

alter statistics "public"."s_added" set statistics 0;

CREATE STATISTICS public.s_column_dropped ON x, z FROM u;

CREATE STATISTICS public.s_kinds (ndistinct, dependencies) ON a, b FROM t;

alter statistics "public"."s_reset" set statistics -1;

alter statistics "public"."s_target" set statistics 500;

comment on statistics "other"."s_elsewhere" is 'elsewhere';

comment on statistics "public"."s_kinds" is 'pairs';

commit;

