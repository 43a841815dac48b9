set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."tab7" drop constraint "fk26";

alter type "public"."line_item ty2" rename to "line_item ty2__old_version_to_be_dropped";

create type "public"."line_item ty2" as enum ('x0', 'l1', 'l2', 'l3');

alter table "public"."tab7" alter column c10 type "public"."line_item ty2" using c10::text::"public"."line_item ty2";

alter table "public"."tab7" alter column c11 type "public"."line_item ty2" using c11::text::"public"."line_item ty2";

alter table "s1"."tab13" alter column c15 type "public"."line_item ty2" using c15::text::"public"."line_item ty2";

drop type "public"."line_item ty2__old_version_to_be_dropped";

alter table "s1"."tab13" add constraint "ck18" CHECK ((c15 <> 'x0'::"line_item ty2")) not valid;

alter table "s1"."tab13" add constraint "item ck17" CHECK ((c15 = ANY (ARRAY['l1'::"line_item ty2", 'l2'::"line_item ty2", 'l3'::"line_item ty2", 'x0'::"line_item ty2"]))) not valid;

alter table "public"."tab7" add constraint "fk26" FOREIGN KEY (c10) REFERENCES s1.tab13(c15) not valid;

commit;

begin;

alter table "s1"."tab13" validate constraint "ck18";

alter table "s1"."tab13" validate constraint "item ck17";

alter table "public"."tab7" validate constraint "fk26";

commit;

-- warning: online: statement 7 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."tab7" alter column c10 type "public"."line_item ty2" using c10::text::"public"."line_item ty2";
-- warning: online: statement 8 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."tab7" alter column c11 type "public"."line_item ty2" using c11::text::"public"."line_item ty2";
-- warning: online: statement 9 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "s1"."tab13" alter column c15 type "public"."line_item ty2" using c15::text::"public"."line_item ty2";
