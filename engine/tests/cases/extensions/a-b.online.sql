set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create extension if not exists "pg_trgm" with schema "public" version '1.6';

alter extension "citext" set schema "ext";

create table "public"."t" (
    "name" ext.citext
);


drop extension if exists "hstore";

CREATE INDEX t_name_trgm ON public.t USING gin (((name)::text) gin_trgm_ops);

commit;

