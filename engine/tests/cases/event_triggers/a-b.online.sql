set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop event trigger if exists "ddl_gone";

drop event trigger if exists "ddl_changed";

drop event trigger if exists "ddl_disabled";

create event trigger "ddl_added" on table_rewrite execute function "public"."on_ddl"();

create event trigger "ddl_changed" on ddl_command_start when tag in ('CREATE TABLE', 'DROP TABLE') execute function "public"."on_ddl"();

create event trigger "ddl_disabled" on sql_drop execute function "public"."on_ddl"();

alter event trigger "ddl_disabled" disable;

commit;

