drop table "public"."unwanted";

alter sequence "public"."test2_id_seq" as integer maxvalue 2147483647;

alter sequence "public"."test2_id_seq" owned by "public"."test2"."id";

alter sequence "public"."test_id_seq" as bigint maxvalue 9223372036854775807;

alter sequence "public"."test_id_seq" owned by none;


