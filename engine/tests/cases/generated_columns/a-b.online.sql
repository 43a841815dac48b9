set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."retyped" drop column "new_text";

alter table "public"."retyped" drop column "same_text";

alter table "public"."retyped" alter column "k" set data type bigint using "k"::bigint;

alter table "public"."retyped" add column "new_text" numeric generated always as ((k + 1)) stored;

alter table "public"."retyped" add column "same_text" numeric generated always as ((k * 2)) stored;

alter table "public"."t" drop column "expression_changes";

alter table "public"."t" add column "expression_changes" integer generated always as ((a + 2)) stored;

alter table "public"."t" alter column "becomes_plain" drop expression;

commit;

-- warning: online: statement 6 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."retyped" alter column "k" set data type bigint using "k"::bigint;
-- warning: online: statement 7 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."retyped" add column "new_text" numeric generated always as ((k + 1)) stored;
-- warning: online: statement 8 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."retyped" add column "same_text" numeric generated always as ((k * 2)) stored;
-- warning: online: statement 10 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" add column "expression_changes" integer generated always as ((a + 2)) stored;
