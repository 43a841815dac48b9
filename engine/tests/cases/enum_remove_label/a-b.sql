drop view if exists "public"."open_tasks";

drop index if exists "public"."task_state";

alter table "public"."task" alter column "state" drop default;

alter type "public"."status" rename to "status__old_version_to_be_dropped";

create type "public"."status" as enum ('new', 'done');

alter table "public"."task" alter column state type "public"."status" using state::text::"public"."status";

alter table "public"."task" alter column "state" set default 'new'::status;

drop type "public"."status__old_version_to_be_dropped";

CREATE INDEX task_state ON public.task USING btree (state) WHERE (state <> 'done'::status);

create or replace view "public"."open_tasks" as  SELECT task.id,
    task.state
   FROM task
  WHERE (task.state = 'new'::status);


