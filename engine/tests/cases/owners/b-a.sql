drop table "app"."added";

alter schema "app" owner to "migra_test";

alter type "app"."e" owner to "migra_test";

alter domain "app"."d" owner to "migra_test";

alter sequence "app"."s" owner to "migra_test";

alter table "app"."t" owner to "schemainspect_test_role";

alter view "app"."v" owner to "schemainspect_test_role";

