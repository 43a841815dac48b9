set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter publication "by_schema" drop tables in schema "s2", "s3";

alter publication "cols" drop table "public"."t", "public"."u";

alter publication "by_schema" add tables in schema "s1";

alter publication "cols" add table "public"."t" ("id", "a"), "public"."u" where ((x > 0));

drop schema if exists "s3";

commit;

