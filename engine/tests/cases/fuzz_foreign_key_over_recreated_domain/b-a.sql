alter table "s1"."t tab26" drop constraint "ck34";

alter table "s1"."t tab26" drop constraint "fk36";

alter table "s1"."t tab26" drop constraint "select ck35";

alter domain "s1"."ty3" rename to "ty3__old_version_to_be_dropped";

create domain "s1"."ty3" as integer constraint "ty3_check" CHECK ((VALUE = ANY (ARRAY[1, 2, 3, 4, 5])));

alter table "public"."tab12" alter column c16 type "s1"."ty3" using c16::"s1"."ty3";

alter table "s1"."t tab26" alter column c29 type "s1"."ty3" using c29::"s1"."ty3";

drop domain "s1"."ty3__old_version_to_be_dropped";

alter table "s1"."t tab26" add constraint "ck34" CHECK (((c29)::integer <> ALL (ARRAY['-1'::integer, '-2'::integer])));

alter table "s1"."t tab26" add constraint "fk36" FOREIGN KEY (c29) REFERENCES tab12(c16);

alter table "s1"."t tab26" add constraint "select ck35" CHECK (((c29)::integer = ANY (ARRAY[1, 2, 3, 4, 5])));

