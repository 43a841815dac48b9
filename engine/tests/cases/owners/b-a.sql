drop text search dictionary if exists "app"."dict_added";

drop table "app"."added";

alter schema "app" owner to "migra_test";

alter type "app"."e" owner to "migra_test";

alter domain "app"."d" owner to "migra_test";

alter sequence "app"."s" owner to "migra_test";

alter table "app"."t" owner to "schemainspect_test_role";

alter view "app"."v" owner to "schemainspect_test_role";

alter conversion "app"."conv" owner to "migra_test";

alter operator "app".=== (integer, integer) owner to "migra_test";

alter operator family "app"."fam" using btree owner to "migra_test";

alter operator class "app"."cls" using btree owner to "migra_test";

alter text search dictionary "app"."dict" owner to "migra_test";

alter text search configuration "app"."cfg" owner to "migra_test";

