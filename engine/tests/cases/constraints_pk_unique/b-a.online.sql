set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."t" drop constraint "t_ab";

alter table "public"."v" drop constraint "v_pkey";

alter table "public"."t" drop constraint "t_pkey";

alter table "public"."u" drop constraint "u_pk";

commit;

drop index concurrently if exists "public"."t_ab";

drop index concurrently if exists "public"."v_pkey";

drop index concurrently if exists "public"."t_pkey";

drop index concurrently if exists "public"."u_pk";

begin;

alter table "public"."t" alter column "a" drop not null;

alter table "public"."u" alter column "x" set not null;

alter table "public"."u" alter column "y" drop not null;

alter table "public"."v" alter column "id" drop not null;

commit;

CREATE UNIQUE INDEX CONCURRENTLY t_code_key ON public.t USING btree (code);

CREATE UNIQUE INDEX CONCURRENTLY t_pkey ON public.t USING btree (id);

CREATE UNIQUE INDEX CONCURRENTLY u_pk ON public.u USING btree (x);

begin;

alter table "public"."t" add constraint "t_pkey" PRIMARY KEY using index "t_pkey";

alter table "public"."u" add constraint "u_pk" PRIMARY KEY using index "u_pk";

alter table "public"."t" add constraint "t_code_key" UNIQUE using index "t_code_key";

commit;

-- warning: online: statement 15 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."u" alter column "x" set not null;
