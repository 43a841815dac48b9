revoke select on table "s1"."q""x tab19" from "schemainspect_test_role";

grant select ("c22") on table "s1"."q""x tab19" to "schemainspect_test_role";

