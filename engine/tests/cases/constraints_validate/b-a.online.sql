set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."child" drop constraint "child_id_check";

alter table "public"."child" drop constraint "child_pid_fkey";

alter table "public"."child" add constraint "child_id_check" CHECK ((id > 0)) NOT VALID;

alter table "public"."child" add constraint "child_pid_fkey" FOREIGN KEY (pid) REFERENCES parent(id) NOT VALID;

commit;

