set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop policy "pol29" on "public"."tab21";

alter table "public"."tab6" drop constraint "ck10";

alter table "public"."tab21" drop column "line_item c24";

alter table "public"."tab21" alter column "id22" set data type character varying(40) using "id22"::character varying(40);

drop function if exists "public"."f3"(x text);

create policy "pol29"
on "public"."tab21"
as permissive
for all
to public
using (((id22)::text = ANY (ARRAY['v1'::text, 'v2'::text, 'v3'::text])));


commit;

-- warning: online: statement 7 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."tab21" alter column "id22" set data type character varying(40) using "id22"::character varying(40);
