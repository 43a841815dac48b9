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

