create schema if not exists "added";

drop table "dropped"."t";

create table "added"."t" (
    "id" integer
);


drop schema if exists "dropped";

