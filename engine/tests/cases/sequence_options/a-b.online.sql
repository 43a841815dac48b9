set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create sequence "public"."added" increment by -1 minvalue -100 start with -100;

alter sequence "public"."counter" as integer increment by 5 maxvalue 2147483647 start with 100 cache 10;

alter sequence "public"."cycling" no cycle;

alter sequence "public"."small_counter" as integer increment by 1 minvalue 1 maxvalue 100000 cache 1;

drop sequence if exists "public"."dropped";

commit;

