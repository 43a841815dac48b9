set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."hot" reset (autovacuum_vacuum_scale_factor);

alter table "public"."hot" set (fillfactor=70);

alter table "public"."plain" reset (fillfactor);

alter table "public"."tuned" set (autovacuum_enabled=false);

commit;

