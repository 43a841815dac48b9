alter table "public"."t" drop constraint "t_ab";

alter table "public"."v" drop constraint "v_pkey";

alter table "public"."t" drop constraint "t_pkey";

alter table "public"."u" drop constraint "u_pk";

drop index if exists "public"."t_ab";

drop index if exists "public"."v_pkey";

drop index if exists "public"."t_pkey";

drop index if exists "public"."u_pk";

alter table "public"."t" alter column "a" drop not null;

alter table "public"."u" alter column "x" set not null;

alter table "public"."u" alter column "y" drop not null;

alter table "public"."v" alter column "id" drop not null;

CREATE UNIQUE INDEX t_code_key ON public.t USING btree (code);

CREATE UNIQUE INDEX t_pkey ON public.t USING btree (id);

CREATE UNIQUE INDEX u_pk ON public.u USING btree (x);

alter table "public"."t" add constraint "t_pkey" PRIMARY KEY using index "t_pkey";

alter table "public"."u" add constraint "u_pk" PRIMARY KEY using index "u_pk";

alter table "public"."t" add constraint "t_code_key" UNIQUE using index "t_code_key";

