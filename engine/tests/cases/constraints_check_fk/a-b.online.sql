set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."child" drop constraint "child_parent_id_fkey";

alter table "public"."child" drop constraint "qty_positive";

alter table "public"."child" add constraint "child_code_fkey" FOREIGN KEY (code) REFERENCES parent(code) ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED not valid;

alter table "public"."child" add constraint "other_small" CHECK ((other < 10)) NO INHERIT not valid;

alter table "public"."other" add constraint "other_ref_check" CHECK ((ref > 0)) NOT VALID;

alter table "public"."other" add constraint "other_ref_fkey" FOREIGN KEY (ref) REFERENCES parent(id) NOT VALID;

alter table "public"."child" add constraint "child_parent_id_fkey" FOREIGN KEY (parent_id) REFERENCES parent(id) ON DELETE CASCADE not valid;

alter table "public"."child" add constraint "qty_positive" CHECK ((qty >= 0)) not valid;

commit;

begin;

alter table "public"."child" validate constraint "child_code_fkey";

alter table "public"."child" validate constraint "other_small";

alter table "public"."child" validate constraint "child_parent_id_fkey";

alter table "public"."child" validate constraint "qty_positive";

commit;

