set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create foreign data wrapper "gone";

alter foreign data wrapper "kept" validator "public"."fdw_check" options (add "a" '1', set "b" '2', add "d" '5', drop "c");

create server "s_gone" foreign data wrapper "gone";

alter server "s_alter" version '1' options (set "host" 'a', add "port" '1', drop "dbname");

create user mapping for public server "s_alter" options ("user" 'x');

create user mapping for public server "s_gone";

alter user mapping for "migra_test" server "s_alter" options (set "user" 'u');

alter table "public"."ft_kept" drop constraint "ft_kept_id";

drop view if exists "public"."ft_on_retyped_view";

drop foreign table "public"."ft_added";

drop foreign table "public"."m_2021";

create foreign table "public"."ft_gone" (
    "id" integer
) server "s_alter";


create foreign table "public"."m_2020" partition of "public"."measurements" FOR VALUES FROM ('2020-01-01') TO ('2021-01-01') server "s_alter";


alter foreign table "public"."ft_kept" options (set "schema_name" 'a', add "table_name" 't1', drop "updatable");

drop foreign table "public"."ft_moved";

create foreign table "public"."ft_moved" (
    "id" integer
) server "s_alter" options ("table_name" 'm');


drop foreign table "public"."ft_on_retyped";

alter table "public"."ft_kept" drop column "added";

alter table "public"."ft_kept" add column "gone" integer;

alter table "public"."ft_kept" alter column "name" set default 'x'::text;

alter table "public"."ft_kept" alter column "name" drop not null;

alter table "public"."ft_kept" alter column "retyped" set data type integer;

alter foreign table only "public"."ft_kept" alter column "id" options (set "column_name" 'remote_id', add "dropped" 'x', drop "extra");

drop user mapping if exists for public server "s_added";

drop user mapping if exists for "migra_test" server "s_retype";

drop server if exists "s_added";

drop server if exists "s_retype";

create server "s_retype" type 'x' foreign data wrapper "kept";

create foreign table "public"."ft_on_retyped" (
    "id" integer,
    "note" text
) server "s_retype" options ("table_name" 'r');


alter foreign table only "public"."ft_on_retyped" alter column "note" options (add "column_name" 'n');

create user mapping for "migra_test" server "s_retype" options ("user" 'r');

drop foreign data wrapper if exists "added";

alter table "public"."ft_kept" add constraint "ft_kept_id" CHECK ((id > 0));

create or replace view "public"."ft_on_retyped_view" as  SELECT ft_on_retyped.id
   FROM ft_on_retyped;


comment on column "public"."ft_kept"."name" is 'a name';

comment on foreign table "public"."ft_kept" is 'old';

comment on foreign table "public"."ft_on_retyped" is 'kept';

comment on server "s_alter" is 'old';

commit;

