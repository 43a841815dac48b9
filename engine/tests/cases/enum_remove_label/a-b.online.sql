set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop view if exists "public"."open_tasks";

commit;

drop index concurrently if exists "public"."task_state";

begin;

alter table "public"."task" alter column "state" drop default;

alter type "public"."status" rename to "status__old_version_to_be_dropped";

create type "public"."status" as enum ('new', 'done');

alter table "public"."task" alter column state type "public"."status" using state::text::"public"."status";

alter table "public"."task" alter column "state" set default 'new'::status;

drop type "public"."status__old_version_to_be_dropped";

commit;

CREATE INDEX CONCURRENTLY task_state ON public.task USING btree (state) WHERE (state <> 'done'::status);

begin;

create or replace view "public"."open_tasks" as  SELECT task.id,
    task.state
   FROM task
  WHERE (task.state = 'new'::status);


commit;

-- warning: online: statement 11 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."task" alter column state type "public"."status" using state::text::"public"."status";
