set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

alter table "public"."t" drop constraint "t_code_key";

alter table "public"."t" drop constraint "t_pkey";

alter table "public"."u" drop constraint "u_pk";

commit;

drop index concurrently if exists "public"."t_code_key";

drop index concurrently if exists "public"."t_pkey";

drop index concurrently if exists "public"."u_pk";

begin;

alter table "public"."t" alter column "a" set not null;

alter table "public"."u" alter column "x" drop not null;

alter table "public"."u" alter column "y" set not null;

alter table "public"."v" alter column "id" set not null;

commit;

CREATE UNIQUE INDEX CONCURRENTLY t_ab ON public.t USING btree (a, b);

CREATE UNIQUE INDEX CONCURRENTLY v_pkey ON public.v USING btree (id);

CREATE UNIQUE INDEX CONCURRENTLY t_pkey ON public.t USING btree (id, a);

CREATE UNIQUE INDEX CONCURRENTLY u_pk ON public.u USING btree (y);

begin;

alter table "public"."v" add constraint "v_pkey" PRIMARY KEY using index "v_pkey";

alter table "public"."t" add constraint "t_pkey" PRIMARY KEY using index "t_pkey";

alter table "public"."u" add constraint "u_pk" PRIMARY KEY using index "u_pk";

alter table "public"."t" add constraint "t_ab" UNIQUE using index "t_ab";

commit;

-- warning: online: statement 12 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."t" alter column "a" set not null;
-- warning: online: statement 14 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."u" alter column "y" set not null;
-- warning: online: statement 15 scans a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "public"."v" alter column "id" set not null;
