set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."tab20" drop column "c22";

alter table "public"."tab20" alter column "line_item c24" set default 'it''s'::character varying;

alter table "public"."tab20" alter column "line_item c24" set data type character varying(40) using "line_item c24"::character varying(40);

commit;

-- warning: online: statement 6 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."tab20" alter column "line_item c24" set data type character varying(40) using "line_item c24"::character varying(40);
