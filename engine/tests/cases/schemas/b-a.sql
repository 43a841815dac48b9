create schema if not exists "dropped";

drop table "added"."t";

create table "dropped"."t" (
    "id" integer
);


drop schema if exists "added";

