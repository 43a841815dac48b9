set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create schema if not exists "added";

drop table "dropped"."t";

create table "added"."t" (
    "id" integer
);


drop schema if exists "dropped";

commit;

