create schema if not exists "s3";

alter publication "by_schema" drop tables in schema "s1";

alter publication "cols" drop table "public"."t", "public"."u";

alter publication "by_schema" add tables in schema "s2", "s3";

alter publication "cols" add table "public"."t" ("id", "b") where ((b < 10)), "public"."u" where ((x > 1));

