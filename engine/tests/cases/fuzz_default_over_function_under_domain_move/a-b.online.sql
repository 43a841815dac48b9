set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."line_item tab4" alter column "item c8" drop default;

drop function if exists "public"."f3"(x bigint);

alter domain "public"."ty1" rename to "ty1__old_version_to_be_dropped";

create domain "public"."ty1" as integer;

alter table "public"."line_item tab4" alter column "item c8" type "public"."ty1" using "item c8"::"public"."ty1";

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.f3(x integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
RETURN ((x + 8))::bigint
;

alter table "public"."line_item tab4" alter column "item c8" set default (f3(1))::ty1;

drop domain "public"."ty1__old_version_to_be_dropped";

comment on domain "public"."ty1" is 'about 1: it''s "quoted"';

commit;

-- warning: online: statement 8 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."line_item tab4" alter column "item c8" type "public"."ty1" using "item c8"::"public"."ty1";
