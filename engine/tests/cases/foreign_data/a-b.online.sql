set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create foreign data wrapper "added";

alter foreign data wrapper "kept" validator "public"."fdw_check_more" options (set "b" '3', add "c" '4', drop "a", drop "d");

create server "s_added" type 't' foreign data wrapper "added" options ("x" 'y');

alter server "s_alter" version '2' options (set "host" 'b', add "dbname" 'd', drop "port");

create user mapping for public server "s_added" options ("user" 'n');

alter user mapping for "migra_test" server "s_alter" options (set "user" 'v');

alter table "public"."ft_kept" drop constraint "ft_kept_id";

drop view if exists "public"."ft_on_retyped_view";

drop foreign table "public"."ft_gone";

drop foreign table "public"."m_2020";

create foreign table "public"."ft_added" (
    "id" integer,
    "v" text
) server "s_alter" options ("table_name" 'x');


create foreign table "public"."m_2021" partition of "public"."measurements" FOR VALUES FROM ('2021-01-01') TO ('2022-01-01') server "s_alter" options ("table_name" 'm21');


alter foreign table only "public"."ft_added" alter column "v" options (add "column_name" 'value');

alter foreign table "public"."ft_kept" options (set "schema_name" 'b', add "updatable" 'false', drop "table_name");

drop foreign table "public"."ft_moved";

create foreign table "public"."ft_moved" (
    "id" integer
) server "s_added" options ("table_name" 'm');


drop foreign table "public"."ft_on_retyped";

alter table "public"."ft_kept" drop column "gone";

alter table "public"."ft_kept" add column "added" text;

alter table "public"."ft_kept" alter column "name" set default 'y'::text;

alter table "public"."ft_kept" alter column "name" set not null;

alter table "public"."ft_kept" alter column "retyped" set data type bigint;

alter foreign table only "public"."ft_kept" alter column "id" options (set "column_name" 'rid', add "extra" '1', drop "dropped");

drop user mapping if exists for public server "s_alter";

drop user mapping if exists for public server "s_gone";

drop user mapping if exists for "migra_test" server "s_retype";

drop server if exists "s_gone";

drop server if exists "s_retype";

create server "s_retype" type 'y' foreign data wrapper "kept";

create foreign table "public"."ft_on_retyped" (
    "id" integer,
    "note" text
) server "s_retype" options ("table_name" 'r');


alter foreign table only "public"."ft_on_retyped" alter column "note" options (add "column_name" 'n');

create user mapping for "migra_test" server "s_retype" options ("user" 'r');

drop foreign data wrapper if exists "gone";

alter table "public"."ft_kept" add constraint "ft_kept_id" CHECK ((id > 1));

create or replace view "public"."ft_on_retyped_view" as  SELECT ft_on_retyped.id
   FROM ft_on_retyped;


comment on column "public"."ft_kept"."name" is null;

comment on foreign table "public"."ft_kept" is 'new';

comment on foreign table "public"."ft_on_retyped" is 'kept';

comment on foreign data wrapper "added" is 'fresh';

comment on server "s_alter" is 'new';

commit;

