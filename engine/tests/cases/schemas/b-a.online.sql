set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create schema if not exists "dropped";

drop table "added"."t";

create table "dropped"."t" (
    "id" integer
);


drop schema if exists "added";

commit;

