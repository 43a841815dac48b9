set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create domain "public"."dropped" as integer;

alter domain "public"."code" drop constraint "code_len";

alter domain "public"."code" set default 'x'::character varying;

alter domain "public"."email" drop constraint "email_check";

alter domain "public"."email" set not null;

alter domain "public"."positive" drop constraint "small";

alter domain "public"."positive" drop default;

alter domain "public"."positive" drop not null;

alter table "public"."account" drop column "amount";

drop domain "public"."added";

commit;

