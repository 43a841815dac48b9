set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."drops" add constraint "base_created_check" CHECK ((created > '2000-01-01 00:00:00+00'::timestamp with time zone));

alter table "public"."drops" add constraint "base_note_check" CHECK ((note <> ''::text));

alter table "public"."drops" inherit "public"."base";

alter table "public"."keeps" inherit "public"."base";

commit;

-- warning: online: statement 4 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."drops" add constraint "base_created_check" CHECK ((created > '2000-01-01 00:00:00+00'::timestamp with time zone));
-- warning: online: statement 5 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."drops" add constraint "base_note_check" CHECK ((note <> ''::text));
