set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop event trigger if exists "ddl_added";

drop event trigger if exists "ddl_changed";

drop event trigger if exists "ddl_disabled";

create event trigger "ddl_gone" on ddl_command_end execute function "public"."on_ddl"();

create event trigger "ddl_changed" on ddl_command_start when tag in ('CREATE TABLE') execute function "public"."on_ddl"();

create event trigger "ddl_disabled" on sql_drop execute function "public"."on_ddl"();

commit;

