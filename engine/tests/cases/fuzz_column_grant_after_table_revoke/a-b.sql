grant select on table "s1"."q""x tab19" to "schemainspect_test_role";

