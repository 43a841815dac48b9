set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter domain "s"."code" drop constraint "code_length";

alter domain "s"."code" add constraint "code_length" CHECK ((length(VALUE) = 3));

alter table "s"."t" drop constraint "t_amount_check";

commit;

drop index concurrently if exists "s"."t_id";

CREATE INDEX CONCURRENTLY t_id ON s.t USING btree (id);

begin;

alter table "s"."t" add constraint "t_amount_check" CHECK ((amount > 0)) not valid;

comment on constraint "code_length" on domain "s"."code" is 'three letters';

comment on constraint "positive_check" on domain "s"."positive" is 'must be positive';

comment on column "s"."pair"."left_side" is 'the left one';

comment on column "s"."pair"."right_side" is null;

comment on constraint "t_amount_check" on "s"."t" is 'amount is positive';

comment on index "s"."t_id" is 'by id';

commit;

begin;

alter table "s"."t" validate constraint "t_amount_check";

commit;

