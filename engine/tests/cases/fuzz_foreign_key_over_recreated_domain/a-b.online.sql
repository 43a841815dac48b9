set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "s1"."t tab26" drop constraint "ck34";

alter table "s1"."t tab26" drop constraint "fk36";

alter table "s1"."t tab26" drop constraint "select ck35";

alter domain "s1"."ty3" rename to "ty3__old_version_to_be_dropped";

create domain "s1"."ty3" as numeric constraint "ty3_check" CHECK ((VALUE = ANY (ARRAY[(1)::numeric, (2)::numeric, (3)::numeric, (4)::numeric, (5)::numeric])));

alter table "public"."tab12" alter column c16 type "s1"."ty3" using c16::"s1"."ty3";

alter table "s1"."t tab26" alter column c29 type "s1"."ty3" using c29::"s1"."ty3";

drop domain "s1"."ty3__old_version_to_be_dropped";

alter table "s1"."t tab26" add constraint "ck34" CHECK (((c29)::numeric <> ALL (ARRAY[('-1'::integer)::numeric, ('-2'::integer)::numeric])));

alter table "s1"."t tab26" add constraint "fk36" FOREIGN KEY (c29) REFERENCES tab12(c16);

alter table "s1"."t tab26" add constraint "select ck35" CHECK (((c29)::numeric = ANY (ARRAY[(1)::numeric, (2)::numeric, (3)::numeric, (4)::numeric, (5)::numeric])));

commit;

-- warning: online: statement 9 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."tab12" alter column c16 type "s1"."ty3" using c16::"s1"."ty3";
-- warning: online: statement 10 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "s1"."t tab26" alter column c29 type "s1"."ty3" using c29::"s1"."ty3";
-- warning: online: statement 12 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "s1"."t tab26" add constraint "ck34" CHECK (((c29)::numeric <> ALL (ARRAY[('-1'::integer)::numeric, ('-2'::integer)::numeric])));
-- warning: online: statement 14 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "s1"."t tab26" add constraint "select ck35" CHECK (((c29)::numeric = ANY (ARRAY[(1)::numeric, (2)::numeric, (3)::numeric, (4)::numeric, (5)::numeric])));
