set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create extension if not exists "hstore" with schema "public" version '1.8';

alter extension "citext" set schema "public";

drop index if exists "public"."t_name_trgm";

drop table "public"."t";

drop extension if exists "pg_trgm";

commit;

