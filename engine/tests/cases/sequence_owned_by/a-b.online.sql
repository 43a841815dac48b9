set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."item" alter column "id" drop default;

alter sequence "public"."invoice_no" owned by "public"."invoice"."id";

alter sequence "public"."item_id_seq" as bigint maxvalue 9223372036854775807;

alter sequence "public"."item_id_seq" owned by none;

alter sequence "public"."loose" owned by "public"."invoice"."other";

commit;

