alter table "public"."child" drop constraint "child_id_check";

alter table "public"."child" drop constraint "child_pid_fkey";

alter table "public"."child" add constraint "child_id_check" CHECK ((id > 0)) not valid;

alter table "public"."child" validate constraint "child_id_check";

alter table "public"."child" add constraint "child_pid_fkey" FOREIGN KEY (pid) REFERENCES parent(id) not valid;

alter table "public"."child" validate constraint "child_pid_fkey";

