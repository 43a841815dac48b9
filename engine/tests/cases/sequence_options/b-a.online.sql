set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create sequence "public"."dropped";

alter sequence "public"."counter" as bigint increment by 1 maxvalue 9223372036854775807 start with 1 cache 1;

alter sequence "public"."cycling" cycle;

alter sequence "public"."small_counter" as smallint increment by 2 minvalue 10 maxvalue 1000 cache 5;

drop sequence if exists "public"."added";

commit;

