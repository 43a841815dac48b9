set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create text search dictionary "app"."dict_added" (template = pg_catalog.simple);

create table "app"."added" (
    "x" integer
);


alter schema "app" owner to "schemainspect_test_role";

alter type "app"."e" owner to "postgres";

alter domain "app"."d" owner to "schemainspect_test_role";

alter sequence "app"."s" owner to "schemainspect_test_role";

alter table "app"."added" owner to "schemainspect_test_role";

alter table "app"."t" owner to "postgres";

alter view "app"."v" owner to "migra_test";

alter conversion "app"."conv" owner to "schemainspect_test_role";

alter operator "app".=== (integer, integer) owner to "schemainspect_test_role";

alter operator family "app"."fam" using btree owner to "schemainspect_test_role";

alter operator class "app"."cls" using btree owner to "schemainspect_test_role";

alter text search dictionary "app"."dict" owner to "schemainspect_test_role";

alter text search dictionary "app"."dict_added" owner to "postgres";

alter text search configuration "app"."cfg" owner to "schemainspect_test_role";

commit;

