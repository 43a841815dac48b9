set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop publication if exists "empty";

alter publication "keep" drop table "public"."added", "public"."t3";

drop publication if exists "switch";

alter table "public"."added" drop constraint "added_pkey";

drop index if exists "public"."added_pkey";

drop table "public"."added";

create table "public"."gone" (
    "id" integer not null
);


CREATE UNIQUE INDEX gone_pkey ON public.gone USING btree (id);

alter table "public"."gone" add constraint "gone_pkey" PRIMARY KEY using index "gone_pkey";

create publication "dropped" for table "public"."t2";

alter publication "everything" set (publish = 'insert, update, delete, truncate');

alter publication "keep" add table "public"."gone";

alter publication "keep" set (publish = 'insert', publish_via_partition_root = false);

create publication "switch" for table "public"."t1";

comment on publication "keep" is 'kept';

commit;

