set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."child" drop constraint "child_code_fkey";

alter table "public"."child" drop constraint "other_small";

alter table "public"."other" drop constraint "other_ref_check";

alter table "public"."other" drop constraint "other_ref_fkey";

alter table "public"."child" drop constraint "child_parent_id_fkey";

alter table "public"."child" drop constraint "qty_positive";

alter table "public"."child" add constraint "child_parent_id_fkey" FOREIGN KEY (parent_id) REFERENCES parent(id) not valid;

alter table "public"."child" add constraint "qty_positive" CHECK ((qty > 0)) not valid;

commit;

begin;

alter table "public"."child" validate constraint "child_parent_id_fkey";

alter table "public"."child" validate constraint "qty_positive";

commit;

