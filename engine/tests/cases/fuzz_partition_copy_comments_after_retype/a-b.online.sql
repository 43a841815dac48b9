set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."tab13" alter column "c15" set data type character varying(55) using "c15"::character varying(55);

comment on index "public"."part16_c15_idx" is null;

comment on index "public"."part17_c15_idx" is 'its own';

commit;

-- warning: online: statement 4 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."tab13" alter column "c15" set data type character varying(55) using "c15"::character varying(55);
