set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."hot" set (autovacuum_vacuum_scale_factor=0.01, fillfactor=90);

alter table "public"."plain" set (fillfactor=50);

alter table "public"."tuned" reset (autovacuum_enabled);

commit;

