set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create domain "public"."added" as numeric(10,2);

alter domain "public"."code" drop default;

alter domain "public"."code" add constraint "code_len" CHECK ((length((VALUE)::text) > 1));

alter domain "public"."email" drop not null;

alter domain "public"."email" add constraint "email_check" CHECK ((VALUE ~~ '%@%'::text));

alter domain "public"."positive" set default 1;

alter domain "public"."positive" set not null;

alter domain "public"."positive" add constraint "small" CHECK ((VALUE < 1000000));

alter table "public"."account" add column "amount" added;

drop domain "public"."dropped";

commit;

