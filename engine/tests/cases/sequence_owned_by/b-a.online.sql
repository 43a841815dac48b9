set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter sequence "public"."invoice_no" owned by none;

alter sequence "public"."item_id_seq" as integer maxvalue 2147483647;

alter table "public"."item" alter column "id" set default nextval('item_id_seq'::regclass);

alter sequence "public"."item_id_seq" owned by "public"."item"."id";

alter sequence "public"."loose" owned by none;

commit;

