drop publication if exists "dropped";

alter publication "keep" drop table "public"."gone";

drop publication if exists "switch";

alter table "public"."gone" drop constraint "gone_pkey";

drop index if exists "public"."gone_pkey";

drop table "public"."gone";

create table "public"."added" (
    "id" integer not null
);


CREATE UNIQUE INDEX added_pkey ON public.added USING btree (id);

alter table "public"."added" add constraint "added_pkey" PRIMARY KEY using index "added_pkey";

create publication "empty";

alter publication "everything" set (publish = 'delete');

alter publication "keep" add table "public"."added", "public"."t3";

alter publication "keep" set (publish = 'insert, update', publish_via_partition_root = true);

create publication "switch" for all tables;

comment on publication "keep" is 'still kept';

